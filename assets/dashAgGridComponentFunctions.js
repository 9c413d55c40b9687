/* Cell renderers the events grid (dash-ag-grid) names; text only, React escapes it. */
var dagcomponentfuncs = (window.dashAgGridComponentFunctions = window.dashAgGridComponentFunctions || {});

/* The title, and under it the event's type and venue in small print. */
dagcomponentfuncs.TrackerTitle = function (props) {
  var data = props.data || {};
  var facts = [data.type, data.venue].filter(Boolean).join(" · ");
  return React.createElement("span", {className: "event-title"},
    React.createElement("span", {className: "event-title-text"}, props.value),
    facts ? React.createElement("span", {className: "event-facts"}, facts) : null);
};

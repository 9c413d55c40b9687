/* Functions the events grid (dash-ag-grid) names in its options; nothing here talks to the network. */
var dagfuncs = (window.dashAgGridFunctions = window.dashAgGridFunctions || {});

/* The server sorts the events; the grid shows the sort but keeps the rows in the order they came. */
dagfuncs.trackerServerOrder = function () {
  return 0;
};

/* Enter on a row opens the event, as a click does: the same cellClicked the sync callback reads. */
dagfuncs.trackerOpenOnEnter = function (params, setGridProps) {
  if (!params.event || params.event.key !== "Enter" || !params.data) {
    return;
  }
  params.event.preventDefault();
  setGridProps({
    cellClicked: {
      value: params.value,
      colId: params.column.getColId(),
      rowIndex: params.rowIndex,
      rowId: params.node.id,
      timestamp: Date.now(),
    },
  });
};

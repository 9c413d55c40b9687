"""The header's account control: who is signed in, in which role, and a Sign out button."""
from __future__ import annotations

from dash import Dash, Input, Output, html

from tracker.auth.web import current_role, current_user
from tracker.dashboard import ids


def account_control(_data: object) -> html.Div:
    """An empty place in the header, filled once the page knows who is signed in."""
    return html.Div(id=ids.ACCOUNT, className="account")


def account_children(name: str | None, role: str | None, prefix: str) -> list:
    """The signed-in user and a Sign out form; nothing without users."""
    if name is None:
        return []
    # the role's class lets the style sheet hide what this role may not use (see WRITES in tracker.auth.roles)
    return [html.Span([html.Span(name, className="account-name"), " · ",
                       html.Span(role, className=f"account-role account-role-{role}")], className="account-who"),
            html.Form(html.Button("Sign out", type="submit", className="button secondary small"),
                      method="post", action=f"{prefix}logout", className="account-logout")]


def register_account(app: Dash, _live: object) -> None:
    """Fill the account control when the page opens (the request's session says who is asking)."""
    prefix = app.config.requests_pathname_prefix
    app.callback(Output(ids.ACCOUNT, "children"), Input(ids.URL, "pathname"))(
        lambda _pathname: account_children(current_user(), current_role(), prefix))

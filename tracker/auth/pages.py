"""The login and sign-out pages: plain HTML forms (no script needed), styled by assets/auth.css."""
from __future__ import annotations

from html import escape

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · Tracker</title>
<link rel="stylesheet" href="{css}">
</head>
<body class="auth-page">
<main class="auth-box" aria-labelledby="auth-title">
<h1 id="auth-title">{title}</h1>
{body}
</main>
</body>
</html>
"""


def login_page(action: str, css: str, token: str, next_path: str, message: str = "", name: str = "") -> str:
    """The login form; `message` (a refusal) is announced to screen readers and the name is kept."""
    alert = f'<p class="auth-error" role="alert" id="auth-message">{escape(message)}</p>' if message else ""
    described = ' aria-describedby="auth-message"' if message else ""
    body = f"""<p class="auth-lead">Tracker · diplomatic events. Log in to continue.</p>
{alert}
<form method="post" action="{escape(action)}" class="auth-form">
<input type="hidden" name="csrf_token" value="{escape(token)}">
<input type="hidden" name="next" value="{escape(next_path)}">
<label for="auth-name">User name</label>
<input id="auth-name" name="name" type="text" autocomplete="username" autocapitalize="none" spellcheck="false"
 required value="{escape(name)}"{described}{'' if name else ' autofocus'}>
<label for="auth-password">Password</label>
<input id="auth-password" name="password" type="password" autocomplete="current-password" required{' autofocus' if name else ''}>
<button type="submit" class="auth-button">Log in</button>
</form>"""
    return PAGE.format(title="Log in", css=escape(css), body=body)


def logout_page(action: str, css: str, token: str, name: str, back: str) -> str:
    """The sign-out confirmation (for a browser without scripts, or a direct visit to /logout)."""
    body = f"""<p class="auth-lead">Signed in as <strong>{escape(name)}</strong>.</p>
<form method="post" action="{escape(action)}" class="auth-form">
<input type="hidden" name="csrf_token" value="{escape(token)}">
<button type="submit" class="auth-button">Sign out</button>
</form>
<p><a href="{escape(back)}">Back to the timeline</a></p>"""
    return PAGE.format(title="Sign out", css=escape(css), body=body)


def message_page(css: str, title: str, text: str, back: str) -> str:
    """A short page saying why something was refused, with a way back."""
    body = f'<p class="auth-error" role="alert">{escape(text)}</p><p><a href="{escape(back)}">Back</a></p>'
    return PAGE.format(title=escape(title), css=escape(css), body=body)

"""`tracker serve` on a port in use (ux25): a second server on the same port read the whole store, printed "Serving the
dashboard at http://...", then died with a 30-line OSError traceback. It now says what to do."""
from __future__ import annotations

import socket


def test_serve_on_a_port_in_use_says_what_to_do(store, run_cli):
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    port = taken.getsockname()[1]
    try:
        result = run_cli("serve", "--db", store.location, "--host", "127.0.0.1", "--port", port)
    finally:
        taken.close()
    assert result.exit_code == 1
    assert f"port {port} on 127.0.0.1 is in use (another tracker serve?)" in result.stderr
    assert "Traceback" not in result.output

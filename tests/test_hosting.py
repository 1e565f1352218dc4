"""The host files, on a real nginx serving the built site: headers, compression, caching."""

from __future__ import annotations

import getpass
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import require

NGINX = Path("/usr/sbin/nginx")
SECURITY = ("Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options", "X-Frame-Options",
            "Strict-Transport-Security", "Permissions-Policy", "Cross-Origin-Opener-Policy")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, deadline: float = 10.0) -> None:
    """Until nginx accepts connections (or has stopped, or the deadline passed)."""
    end = time.monotonic() + deadline
    while time.monotonic() < end and process.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            continue
    raise AssertionError(f"nginx did not start: {process.stderr.read() if process.poll() is not None else 'timeout'}")


@pytest.fixture(scope="module")
def nginx(built_site, tmp_path_factory):
    """nginx serving the built site with its own nginx.conf included; yields the base URL. Its
    workers run as the test's user, who can read the site in the test's private folder."""
    require(NGINX, "nginx-light")
    work = tmp_path_factory.mktemp("nginx")
    port = free_port()
    temp = " ".join(f"{kind}_temp_path {work / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (work / "nginx.conf").write_text(f"""
user {getpass.getuser()};
worker_processes 1;
pid {work / "nginx.pid"};
error_log {work / "error.log"};
events {{}}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    {temp}
    server {{
        listen 127.0.0.1:{port};
        root {built_site};
        error_page 404 /404.html;
        include {built_site / "nginx.conf"};
    }}
}}
""")
    command = [str(NGINX), "-p", str(work), "-c", str(work / "nginx.conf"), "-g", "daemon off;"]
    checked = subprocess.run([*command[:5], "-t"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    wait_for_port(port, process)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_pages_are_compressed_revalidated_and_carry_every_security_header(nginx):
    status, headers, _ = get(nginx + "/en/slachtoffer/rechten/")
    assert status == 200 and headers["Content-Encoding"] == "gzip" and headers["Cache-Control"] == "no-cache"
    assert [name for name in SECURITY if name not in headers] == []
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]


def test_assets_named_by_their_content_are_cached_for_a_year_and_keep_the_security_headers(nginx, built_site):
    stylesheet = next((built_site / "assets").glob("infopunt.*.css")).name
    status, headers, _ = get(f"{nginx}/assets/{stylesheet}")
    assert status == 200 and headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert headers["Content-Encoding"] == "gzip"
    assert [name for name in SECURITY if name not in headers] == []


def test_a_missing_page_gets_the_404_page_with_the_security_headers(nginx):
    status, headers, _ = get(nginx + "/no/such/page/")
    assert status == 404 and [name for name in SECURITY if name not in headers] == []

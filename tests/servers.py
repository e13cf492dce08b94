"""A real ``warta serve`` process on 127.0.0.1 over a real store, for the API and browser tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, db: Path, *extra: str, token: str | None = None, host: str | None = None) -> None:
        self.port = free_port()
        args = [sys.executable, "-m", "warta", "serve", "--db", str(db), "--port", str(self.port), *extra]
        if host:
            args += ["--host", host]
        env = {k: v for k, v in os.environ.items() if k != "WARTA_TOKEN"}
        if token:
            env["WARTA_TOKEN"] = token  # the environment, not argv: a token on the command line shows in ps
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"warta serve exited: {self.proc.stderr.read().decode()}")
            try:
                if httpx.get(f"{self.url}/api/meta", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("warta serve did not come up in 60 s")

    def get(self, path: str, **params):
        return httpx.get(f"{self.url}{path}", params=params, timeout=30)

    def post(self, path: str, **kwargs):
        return httpx.post(f"{self.url}{path}", timeout=120, **kwargs)

    def memory_mb(self) -> dict[str, float]:
        """The server process's resident memory now (VmRSS) and at its peak (VmHWM), in MB."""
        status = Path(f"/proc/{self.proc.pid}/status").read_text().splitlines()
        return {line.split(":")[0]: int(line.split()[1]) / 1024 for line in status if line.startswith(("VmRSS", "VmHWM"))}

    def reset_peak(self) -> None:
        """Start VmHWM again from the current VmRSS (Linux: clear_refs 5), so that a test reads
        the peak of what it did, not of the server's start."""
        Path(f"/proc/{self.proc.pid}/clear_refs").write_text("5")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()

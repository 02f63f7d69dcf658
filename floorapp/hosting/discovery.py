"""Meetings hosted nearby, by zeroconf/mDNS: the host advertises, stations browse.

Multicast is often unavailable (a guest network, a VPN, a CI machine): then nothing
fails, the functions return a sentence saying so, and the address typed by hand
(what ``floorapp host`` prints) always works. FLOORAPP_MDNS_INTERFACES (addresses,
comma-separated) limits mDNS to those interfaces, e.g. ``127.0.0.1`` in tests.
"""

from __future__ import annotations

import gc
import os
import socket
import threading
import time
import warnings
from dataclasses import dataclass
from typing import Any

SERVICE_TYPE = "_floorapp._tcp.local."
BROWSE_SECONDS = 3.0


@dataclass(frozen=True)
class NearbyMeeting:
    """A meeting some host on the network advertises."""

    title: str
    address: str
    port: int
    host: str

    @property
    def where(self) -> str:
        """What to type as the address: ``host:port``."""
        a = f"[{self.address}]" if ":" in self.address else self.address
        return f"{a}:{self.port}"


def _interfaces() -> Any:
    from zeroconf import InterfaceChoice

    chosen = os.environ.get("FLOORAPP_MDNS_INTERFACES", "").strip()
    if chosen:
        return [a.strip() for a in chosen.split(",") if a.strip()]
    return InterfaceChoice.All


def _zeroconf() -> Any:
    """A Zeroconf instance on the chosen interfaces (raises when multicast fails)."""
    from zeroconf import Zeroconf

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            return Zeroconf(interfaces=_interfaces())
        except Exception as exc:  # noqa: BLE001
            problem = OSError(str(exc) or type(exc).__name__)
        # zeroconf leaves behind the socket it opened when it gave up: let it go quietly.
        gc.collect()
    raise problem


def unavailable(exc: BaseException) -> str:
    """The sentence for a station or host when mDNS cannot be used."""
    return (f"Meetings cannot be found automatically on this network (mDNS is unavailable: "
            f"{exc or type(exc).__name__}). Type the address the host printed instead.")


def lan_addresses() -> list[str]:
    """This machine's IPv4 addresses other than loopback and link-local (no traffic sent)."""
    found: list[str] = []
    try:
        import ifaddr

        for adapter in ifaddr.get_adapters():
            for ip in adapter.ips:
                addr = str(ip.ip) if isinstance(ip.ip, str) else ""
                if addr and not addr.startswith(("127.", "169.254.")):
                    found.append(addr)
    except Exception:  # noqa: BLE001 - any failure here just means "ask the resolver"
        pass
    if not found:
        try:
            for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
                resolved = str(info[4][0])
                if not resolved.startswith("127.") and resolved not in found:
                    found.append(resolved)
        except OSError:
            pass
    return found


class Advertiser:
    """Announces one hosted meeting on the network until closed."""

    def __init__(self) -> None:
        self._zc: Any = None
        self._info: Any = None
        self.problem: str | None = None

    def start(self, title: str, port: int, addresses: list[str]) -> str | None:
        """Register the meeting; returns None, or why nearby stations will not see it."""
        try:
            from zeroconf import ServiceInfo

            host = socket.gethostname().split(".")[0] or "floor"
            label = f"{title[:40].strip() or 'Floor meeting'} ({host})".replace(".", " ")
            self._info = ServiceInfo(
                SERVICE_TYPE, f"{label}.{SERVICE_TYPE}",
                addresses=[socket.inet_aton(a) for a in addresses if a.count(".") == 3],
                port=port, server=f"{host}.local.",
                properties={"title": title[:200], "db": "floor", "v": "1"})
            self._zc = _zeroconf()
            self._zc.register_service(self._info, allow_name_change=True)
        except Exception as exc:  # noqa: BLE001 - multicast fails in many ways; never fatal
            self.problem = unavailable(exc)
            self.close()
            return self.problem
        return None

    def start_in_background(self, title: str, port: int, addresses: list[str],
                            report: Any = None) -> threading.Thread:
        """``start`` in a thread (registering takes a second or two of probing)."""

        def run() -> None:
            problem = self.start(title, port, addresses)
            if report is not None:
                report(problem)

        t = threading.Thread(target=run, name="floor-mdns", daemon=True)
        t.start()
        return t

    def close(self) -> None:
        """Withdraw the announcement."""
        zc, self._zc = self._zc, None
        if zc is None:
            return
        try:
            if self._info is not None:
                zc.unregister_service(self._info)
        except Exception:  # noqa: BLE001
            pass
        try:
            zc.close()
        except Exception:  # noqa: BLE001
            pass


def browse(seconds: float = BROWSE_SECONDS) -> tuple[list[NearbyMeeting], str | None]:
    """The meetings advertised nearby, found within ``seconds``; and why not, if mDNS fails."""
    try:
        from zeroconf import ServiceBrowser, ServiceStateChange

        zc = _zeroconf()
    except Exception as exc:  # noqa: BLE001
        return [], unavailable(exc)
    names: list[str] = []
    found: list[NearbyMeeting] = []
    try:
        def on_change(zeroconf: Any, service_type: str, name: str,
                      state_change: Any) -> None:
            if state_change is ServiceStateChange.Added and name not in names:
                names.append(name)

        browser = ServiceBrowser(zc, SERVICE_TYPE, handlers=[on_change])
        time.sleep(seconds)
        browser.cancel()
        for name in list(names):
            info = zc.get_service_info(SERVICE_TYPE, name, timeout=1500)
            if info is None or not info.port:
                continue
            props = {k.decode(): (v.decode() if isinstance(v, bytes) else "")
                     for k, v in (info.properties or {}).items()}
            for address in info.parsed_addresses() or []:
                found.append(NearbyMeeting(props.get("title", name.split(".")[0]), address,
                                           int(info.port), (info.server or "").rstrip(".")))
                break
    except Exception as exc:  # noqa: BLE001
        return found, unavailable(exc)
    finally:
        try:
            zc.close()
        except Exception:  # noqa: BLE001
            pass
    return found, None

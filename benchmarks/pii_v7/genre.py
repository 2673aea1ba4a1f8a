"""A genre: its name, locale, organisation names and templates."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Genre:
    name: str
    locale: str
    orgs: tuple[str, ...]
    templates: tuple[str, ...]
    phrases: str | None = None


def G(name: str, locale: str, orgs: str, *templates: str, phrases: str | None = None) -> Genre:  # noqa: N802
    return Genre(name, locale, tuple(orgs.split("|")), tuple(t.strip("\n") for t in templates), phrases)

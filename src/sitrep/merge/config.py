"""The thresholds and weights of merging across reports: ``[merge]`` in ``data/merge.toml``,
overridden by the ``[merge]`` table of a user's file (``--config`` or ``$SITREP_CONFIG``)."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.merge.rules import default_settings


@dataclass(frozen=True)
class MergeConfig:
    min_score: float = 1.0
    related_types: tuple[frozenset[str], ...] = ()
    same_place_km: float = 10.0
    inside_km: float = 60.0
    country_level_alone: bool = True
    placeless_needs_actor: bool = True
    placeless_families: frozenset[str] = frozenset()
    loose_families: frozenset[str] = frozenset()
    stateless_kinds: frozenset[str] = frozenset()
    weights: dict[str, float] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path | None = None) -> MergeConfig:
        """The defaults, overridden by ``path`` (or ``$SITREP_CONFIG``) when given."""
        raw = default_settings("merge")
        user = path or os.environ.get("SITREP_CONFIG")
        if user:
            raw = _overridden(raw, user)
        unknown = set(raw) - {f for f in cls.__dataclass_fields__}
        if unknown:
            raise ValueError(f"{user or 'merge.toml'}: unknown merge settings {sorted(unknown)}")
        return cls(
            min_score=float(raw["min_score"]),
            related_types=tuple(frozenset(g) for g in raw.get("related_types", [])),
            same_place_km=float(raw["same_place_km"]),
            inside_km=float(raw["inside_km"]),
            country_level_alone=bool(raw["country_level_alone"]),
            placeless_needs_actor=bool(raw["placeless_needs_actor"]),
            placeless_families=frozenset(raw.get("placeless_families", [])),
            loose_families=frozenset(raw.get("loose_families", [])),
            stateless_kinds=frozenset(raw.get("stateless_kinds", [])),
            weights={k: float(v) for k, v in raw["weights"].items()},
        )

    def w(self, name: str) -> float:
        return self.weights.get(name, 0.0)


def _overridden(defaults: dict[str, Any], user: str | Path) -> dict[str, Any]:
    """``defaults`` with the ``[merge]`` table of the file ``user`` over them (weights one by one)."""
    try:
        mine = tomllib.loads(Path(user).read_text("utf-8")).get("merge", {})
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{user}: cannot read the merge configuration ({exc})") from None
    weights = {**defaults.get("weights", {}), **mine.get("weights", {})}
    return {**defaults, **mine, "weights": weights}

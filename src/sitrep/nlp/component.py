"""What every sitrep component is given: the gazetteer and the lexicon, at ``initialize``.

    places = nlp.get_pipe("sitrep_places")
    places.initialize(gaz=Gazetteer(Path("my-gazetteer.sqlite")))   # or nothing: the packaged ones

``sitrep.nlp.build`` initializes each sitrep component once (never the English model's
components: that would reset their trained weights), passing it what the config's
``[initialize.components.NAME]`` block gives. A component used before ``initialize`` (added
to a pipeline of one's own and called at once) initializes itself with the packaged
gazetteer and lexicon the first time it needs them.
"""

# no ``from __future__ import annotations``: spaCy checks the settings an [initialize] block gives
# against initialize()'s signature, and needs its annotations as types, not strings
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from spacy.language import Language

from sitrep.geo.gazetteer import Gazetteer
from sitrep.lexicon import Lexicon, load_lexicon


class SitrepComponent:
    """A component that reads the gazetteer and the lexicon it was initialized with.

    A subclass derives what it needs from them (matchers, name sets) in ``prepare``, and
    declares every attribute ``initialize`` sets with a class annotation (``matcher:
    PhraseMatcher``): reading one before ``initialize`` initializes the component.
    """

    gaz: Gazetteer
    lex: Lexicon

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *,
                   nlp: Language | None = None, gaz: Gazetteer | None = None,
                   lex: Lexicon | None = None) -> None:
        """Set the gazetteer and the lexicon (the packaged ones when not given), then ``prepare``.

        ``get_examples`` and ``nlp`` are spaCy's ``initialize`` arguments: nothing here is trained.
        """
        self.__dict__["_initialized"] = True
        self.gaz = gaz if gaz is not None else Gazetteer.load()
        self.lex = lex if lex is not None else load_lexicon()
        self.prepare()

    def prepare(self) -> None:
        """Derive what the component needs from ``self.gaz`` and ``self.lex``; nothing by default."""

    if not TYPE_CHECKING:  # hidden from mypy, which would otherwise accept any attribute name

        def __getattr__(self, name: str) -> Any:
            # reached only for an attribute not set yet: one ``initialize`` sets, read before it ran
            if name.startswith("_") or self.__dict__.get("_initialized") or not _declared(type(self), name):
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            self.initialize()
            return getattr(self, name)


def _declared(cls: type, name: str) -> bool:
    """Does the class or one of its bases annotate ``name`` (``gaz: Gazetteer``)?"""
    return any(name in vars(k).get("__annotations__", {}) for k in cls.__mro__)

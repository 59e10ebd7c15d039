"""sitrep's spaCy pipeline: ``build()`` gives the English model with sitrep's components.

    import sitrep.nlp
    nlp = sitrep.nlp.build()          # the pipeline of sitrep/nlp/pipeline.cfg
    doc = nlp(text)
    doc._.events                      # the event records

See ``pipeline.py`` (the config, ``Extractor``), ``factories.py`` (the components by name)
and ``context.py`` (the publication date and article id a text comes with).
"""

from sitrep.nlp.pipeline import Extractor, build, load_config

__all__ = ["Extractor", "build", "load_config"]

"""explainer: news articles -> fact sheets -> an explainer site.

Pipeline: ingest -> extract -> merge -> facts -> render -> site (see README.md).
"""

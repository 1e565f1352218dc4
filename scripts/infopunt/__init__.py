"""Tooling for the Infopunt mensenhandel site, by stage of the data's flow:

- pages: what editors write, read and validated (pages, front matter, data files, languages,
  the state of each translation);
- checks: what is checked in it (front matter, contacts, B1 in readability/) and in the HTML
  that is published (published, security), and what is due for review;
- reports: what editors and translators get back (terminal, JSON, annotations, HTML report,
  dashboard, the preview's B1 panel, files for translators);
- site: the MkDocs plugin that builds the site with all of the above, fast, and publishes it whole.

`cli.py` is the editors' and CI's command line; `findings.py` the finding type every stage reports.
"""

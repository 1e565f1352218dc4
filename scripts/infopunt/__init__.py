"""Tooling for the Infopunt mensenhandel site: page model, checks, CLI and MkDocs plugin."""

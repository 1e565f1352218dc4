"""What editors and translators get back: B1 results for a terminal, as JSON or as GitHub
annotations (report) or as an HTML page (report_html), the dashboard, the preview's B1 panel
(editor_panel) and the files translators work in (handoff)."""

"""The site: the MkDocs plugin (plugin) that builds it with every check, what makes a build
fast (buildspeed, pagecache, parallel), and what publishes it whole (publish, hosting, sitemap,
search_index, assets)."""

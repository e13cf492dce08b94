#!/bin/sh
# Reproduce src/warta/serve/static/vendor/ from the pinned npm lockfile.
# Usage (from the repo root): sh frontend/vendor.sh
# Needs node/npm and access to the npm registry; the output is committed so the
# dashboard itself works offline from a fresh clone.
set -eu

# Work from the repo root whatever the caller's directory.
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$ROOT"

NM=frontend/node_modules
OUT=src/warta/serve/static/vendor

# node_modules is only a staging area: remove it on exit (success or failure)
# so it never ends up in a commit.
trap 'rm -rf "$NM"' EXIT

npm ci --prefix frontend --ignore-scripts --no-audit --no-fund

# Start from an empty folder so the result is exactly the list below.
rm -rf "$OUT"
mkdir -p "$OUT/images"

# Leaflet (UMD build, its CSS and the images the CSS / default marker use)
cp "$NM/leaflet/dist/leaflet.js" "$OUT/leaflet.js"
cp "$NM/leaflet/dist/leaflet.css" "$OUT/leaflet.css"
cp "$NM"/leaflet/dist/images/*.png "$OUT/images/"
cp "$NM/leaflet/LICENSE" "$OUT/leaflet-LICENSE.txt"

# Cytoscape (UMD, minified)
cp "$NM/cytoscape/dist/cytoscape.min.js" "$OUT/cytoscape.min.js"
cp "$NM/cytoscape/LICENSE" "$OUT/cytoscape-LICENSE.txt"

# cytoscape-fcose: the network's force-directed layout, which packs the separate groups of actors
# into the box (UMD builds; each needs the one before it as a global)
cp "$NM/layout-base/layout-base.js" "$OUT/layout-base.js"
cp "$NM/layout-base/LICENSE" "$OUT/layout-base-LICENSE.txt"
cp "$NM/cose-base/cose-base.js" "$OUT/cose-base.js"
cp "$NM/cose-base/LICENSE" "$OUT/cose-base-LICENSE.txt"
cp "$NM/cytoscape-fcose/cytoscape-fcose.js" "$OUT/cytoscape-fcose.js"
cp "$NM/cytoscape-fcose/LICENSE" "$OUT/cytoscape-fcose-LICENSE.txt"

# topojson-client (UMD, minified)
cp "$NM/topojson-client/dist/topojson-client.min.js" "$OUT/topojson-client.min.js"
cp "$NM/topojson-client/LICENSE" "$OUT/topojson-client-LICENSE.txt"

# world-atlas: Natural Earth 1:110m countries as TopoJSON
cp "$NM/world-atlas/countries-110m.json" "$OUT/countries-110m.json"
cp "$NM/world-atlas/LICENSE" "$OUT/world-atlas-LICENSE.txt"

# Swagger UI for the API docs page at /docs (the bundle, its CSS and icon; the page and
# its start script are warta's own, in static/docs.html and static/docs.js)
mkdir -p "$OUT/swagger-ui"
cp "$NM/swagger-ui-dist/swagger-ui-bundle.js" "$OUT/swagger-ui/swagger-ui-bundle.js"
cp "$NM/swagger-ui-dist/swagger-ui.css" "$OUT/swagger-ui/swagger-ui.css"
cp "$NM/swagger-ui-dist/favicon-32x32.png" "$OUT/swagger-ui/favicon-32x32.png"
cp "$NM/swagger-ui-dist/LICENSE" "$OUT/swagger-ui/LICENSE.txt"
[ -f "$NM/swagger-ui-dist/NOTICE" ] && cp "$NM/swagger-ui-dist/NOTICE" "$OUT/swagger-ui/NOTICE.txt"

# Leaflet.markercluster: groups dense map points into count badges (its layout CSS only;
# the badges' look is warta's own, in app.css)
cp "$NM/leaflet.markercluster/dist/leaflet.markercluster.js" "$OUT/leaflet.markercluster.js"
cp "$NM/leaflet.markercluster/dist/MarkerCluster.css" "$OUT/MarkerCluster.css"
cp "$NM/leaflet.markercluster/MIT-LICENCE.txt" "$OUT/leaflet.markercluster-LICENSE.txt"

# ReDoc for the API reference page at /redoc (the standalone bundle; the page and its start
# script are warta's own, in static/redoc.html and static/redoc.js)
mkdir -p "$OUT/redoc"
cp "$NM/redoc/bundles/redoc.standalone.js" "$OUT/redoc/redoc.standalone.js"
cp "$NM/redoc/bundles/redoc.standalone.js.LICENSE.txt" "$OUT/redoc/redoc.standalone.js.LICENSE.txt"
cp "$NM/redoc/LICENSE" "$OUT/redoc/LICENSE.txt"

# Plain files whatever modes the tarballs had (some ship executable CSS and JS)
find "$OUT" -type f -exec chmod 644 {} +

echo "vendored into $OUT:"
ls -lR "$OUT"

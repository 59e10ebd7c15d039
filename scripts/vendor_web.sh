#!/bin/sh
# Refresh the dashboard's map library, vendored so that the page loads nothing from elsewhere:
# Leaflet and Leaflet.markercluster from the npm registry, at the pinned versions below, with their
# licences, into src/sitrep/web/static/vendor/. Run from the repository root; needs npm (only here,
# never at run time). To move to a new version: change the pin, run this, run tests/web.
set -eu
LEAFLET=1.9.4
MARKERCLUSTER=1.5.3
OUT="$(cd "$(dirname "$0")/.." && pwd)/src/sitrep/web/static/vendor"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
npm pack --silent "leaflet@$LEAFLET" "leaflet.markercluster@$MARKERCLUSTER" >/dev/null
mkdir leaflet markercluster
tar -xzf "leaflet-$LEAFLET.tgz" -C leaflet --strip-components=1
tar -xzf "leaflet.markercluster-$MARKERCLUSTER.tgz" -C markercluster --strip-components=1
rm -rf "$OUT"
mkdir -p "$OUT/leaflet/images" "$OUT/markercluster"
cp leaflet/dist/leaflet.js leaflet/dist/leaflet.css leaflet/LICENSE "$OUT/leaflet/"
cp leaflet/dist/images/*.png "$OUT/leaflet/images/"
cp markercluster/dist/leaflet.markercluster.js markercluster/dist/MarkerCluster.css \
   markercluster/dist/MarkerCluster.Default.css markercluster/MIT-LICENCE.txt "$OUT/markercluster/"
# the source maps are not shipped: drop the comments that name them
sed -i '/^\/\/# sourceMappingURL=/d' "$OUT/leaflet/leaflet.js" "$OUT/markercluster/leaflet.markercluster.js"
cat > "$OUT/VERSIONS" <<VERSIONS
# written by scripts/vendor_web.sh: the npm packages vendored here, at these versions
leaflet $LEAFLET
leaflet.markercluster $MARKERCLUSTER
VERSIONS
echo "vendored leaflet $LEAFLET and leaflet.markercluster $MARKERCLUSTER into $OUT"

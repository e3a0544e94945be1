import { useEffect, useMemo, useRef, useState } from "react";
import type { Map as MapLibreMap, StyleSpecification } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
// MapLibre finds its worker next to its own module, which the bundle does not keep: name the file.
import maplibreWorkerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { useI18n } from "../../app/i18n/i18n.tsx";
import type { PlanDay } from "./plan-days.ts";
import { routeMapData } from "./route-geojson.ts";

/** localStorage key of the optional basemap style URL (e.g. a PMTiles extract's style). */
export const basemapStorageKey = "beatplan.basemapUrl";

// No tile server needed: a plain background, and the routes as GeoJSON on top of it.
const plainStyle: StyleSpecification = { version: 8, sources: {}, layers: [{ id: "background", type: "background", paint: { "background-color": "#eef1f4" } }] };
const routeColours = ["#1f6feb", "#d1242f", "#1a7f37", "#8250df", "#bf8700", "#0a7480"];

/**
 * The route map of one or more days: stops numbered in route order, each day's route line
 * and the rep's start, drawn with MapLibre GL JS from GeoJSON sources only. Once the map is
 * idle the container's `data-rendered-stops`, `-routes` and `-start` say how many features it drew.
 */
export function RouteMap({ days, start, label }: { days: readonly Pick<PlanDay, "week" | "weekday" | "stops">[]; start: { latitude: number; longitude: number } | null; label: string }) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [basemap, setBasemap] = useState(() => (typeof localStorage === "undefined" ? "" : (localStorage.getItem(basemapStorageKey) ?? "")));
  const [failed, setFailed] = useState(false);
  const data = useMemo(() => routeMapData(days, start), [days, start]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let map: MapLibreMap | null = null;
    let cancelled = false;
    void import("maplibre-gl").then((maplibregl) => {
      if (cancelled) return;
      maplibregl.setWorkerUrl(maplibreWorkerUrl);
      let created: MapLibreMap;
      try {
        created = new maplibregl.Map({
          container: element,
          style: basemap.trim() === "" ? plainStyle : basemap.trim(),
          ...(data.bounds ? { bounds: data.bounds, fitBoundsOptions: { padding: 48, maxZoom: 15 } } : { center: [121.47, 31.23], zoom: 9 }),
          attributionControl: false,
          // Keeps the pixels readable after drawing (screenshots, the browser test).
          canvasContextAttributes: { preserveDrawingBuffer: true },
        });
      } catch {
        setFailed(true);
        return;
      }
      map = created;
      created.addControl(new maplibregl.NavigationControl({ showCompass: false }));
      created.on("load", () => {
        created.addSource("routes", { type: "geojson", data: data.routes });
        created.addSource("stops", { type: "geojson", data: data.stops });
        created.addSource("start", { type: "geojson", data: data.start });
        const colour = ["match", ["%", ["get", "route"], routeColours.length], ...routeColours.flatMap((value, index) => [index, value]), "#444444"] as unknown as string;
        created.addLayer({ id: "route-lines", type: "line", source: "routes", paint: { "line-color": colour, "line-width": 3, "line-opacity": 0.85 } });
        created.addLayer({ id: "stop-points", type: "circle", source: "stops", paint: { "circle-radius": 9, "circle-color": colour, "circle-stroke-color": "#ffffff", "circle-stroke-width": 2 } });
        created.addLayer({ id: "start-point", type: "circle", source: "start", paint: { "circle-radius": 8, "circle-color": "#111111", "circle-stroke-color": "#ffd33d", "circle-stroke-width": 3 } });
        // Numbers as DOM markers: text layers would need a glyph server.
        for (const feature of data.stops.features) {
          const marker = document.createElement("span");
          marker.className = "route-map-number";
          marker.textContent = feature.properties.label;
          marker.title = `${feature.properties.sequence}. ${feature.properties.code} ${feature.properties.name}`;
          new maplibregl.Marker({ element: marker }).setLngLat(feature.geometry.coordinates).addTo(created);
        }
        created.once("idle", () => {
          element.dataset.renderedStops = String(created.queryRenderedFeatures({ layers: ["stop-points"] }).length);
          element.dataset.renderedRoutes = String(created.queryRenderedFeatures({ layers: ["route-lines"] }).length);
          element.dataset.renderedStart = String(created.queryRenderedFeatures({ layers: ["start-point"] }).length);
        });
      });
    });
    return () => {
      cancelled = true;
      delete element.dataset.renderedStops;
      map?.remove();
    };
  }, [data, basemap]);

  return (
    <div className="route-map">
      {failed ? <p role="alert">{t("visitPlans.map.noWebGL")}</p> : null}
      <div ref={container} className="route-map-canvas" role="region" aria-label={t("visitPlans.map.label", { what: label, count: data.stops.features.length })} />
      {data.unplaced.length > 0 ? <p>{t("visitPlans.map.unplaced", { codes: data.unplaced.join(", ") })}</p> : null}
      <label className="route-map-basemap">
        {t("visitPlans.map.basemap")}{" "}
        <input
          type="url"
          defaultValue={basemap}
          onBlur={(event) => {
            localStorage.setItem(basemapStorageKey, event.target.value.trim());
            setBasemap(event.target.value.trim());
          }}
        />
      </label>
    </div>
  );
}

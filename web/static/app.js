// annals UI: the timeline (with a brush that filters the page by date) and
// the world map. Both read the JSON API with the page's filters; the map
// draws Natural Earth boundaries (world-atlas, vendored) with
// topojson-client, in an equirectangular projection.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var QUAD = { "1": "#7fbf7f", "2": "#2a8a2a", "3": "#f0a050", "4": "#c33" };

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }
  function title(e, text) { el("title", {}, e).textContent = text; }
  function getJSON(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) return r.json().then(function (b) { throw new Error(b.error || r.statusText); });
      return r.json();
    });
  }
  function qs(query, extra) {
    var p = new URLSearchParams(query);
    for (var k in extra) if (extra[k]) p.set(k, extra[k]);
    return p.toString();
  }
  function dayNum(s) { return Math.round(Date.parse(s + "T00:00:00Z") / 864e5); }
  function dayStr(n) { return new Date(n * 864e5).toISOString().slice(0, 10); }
  function colour(split, key) {
    if (split === "quad") return QUAD[key] || "#888";
    var n = parseInt(key, 10) || 0;
    return "hsl(" + ((n * 47) % 360) + ",55%,50%)";
  }

  function timeline(div) {
    var split = div.dataset.split || "quad";
    getJSON("/api/aggregates?" + qs(div.dataset.query, { by: "day", split: split })).then(function (agg) {
      var W = 640, H = 180, L = 30, B = 20;
      var svg = el("svg", { viewBox: "0 0 " + W + " " + H, id: "timeline-svg" }, div);
      var bs = agg.buckets;
      if (!bs.length) { div.dataset.ready = "empty"; return; }
      // Bin the days so that there are at most about 150 bars, over the
      // period holding all but the earliest 5% and the latest 0.5% of the
      // events (a few events dated decades back must not squash the rest).
      var days = [], total = 0;
      bs.forEach(function (b) { days.push([dayNum(b.key), b.events]); total += b.events; });
      days.sort(function (a, b) { return a[0] - b[0]; });
      var acc0 = 0, lo = days[0][0], hi = days[days.length - 1][0], loSet = false;
      days.forEach(function (d) {
        acc0 += d[1];
        if (!loSet && acc0 > 0.05 * total) { lo = d[0]; loSet = true; }
        if (acc0 <= 0.995 * total) hi = Math.max(lo, d[0]);
      });
      hi = Math.max(hi, lo);
      if (div.dataset.since) lo = Math.min(lo, dayNum(div.dataset.since));
      if (div.dataset.until) hi = Math.max(hi, dayNum(div.dataset.until));
      var k = Math.max(1, Math.ceil((hi - lo + 1) / 150));
      var n = Math.ceil((hi - lo + 1) / k), bins = {}, outside = 0, maxN = 1;
      bs.forEach(function (b) {
        var d = dayNum(b.key);
        if (d < lo || d > hi) { outside += b.events; return; }
        var i = Math.floor((d - lo) / k);
        var bin = bins[i] = bins[i] || {};
        bin[b.series] = (bin[b.series] || 0) + b.events;
      });
      Object.keys(bins).forEach(function (i) {
        var t = 0; for (var s in bins[i]) t += bins[i][s]; maxN = Math.max(maxN, t);
      });
      var bw = (W - L) / n;
      var x = function (d) { return L + (d - lo) / k * bw; };
      var y = function (v) { return (H - B) - v * (H - B - 5) / maxN; };
      el("line", { x1: L, y1: H - B, x2: W, y2: H - B, stroke: "#999" }, svg);
      var yl = el("text", { x: 2, y: 12, "font-size": 10 }, svg); yl.textContent = maxN;
      var t0 = el("text", { x: L, y: H - 5, "font-size": 10 }, svg); t0.textContent = dayStr(lo);
      var t1 = el("text", { x: W, y: H - 5, "font-size": 10, "text-anchor": "end" }, svg); t1.textContent = dayStr(hi);
      Object.keys(bins).forEach(function (i) {
        var acc = 0, d0 = lo + i * k;
        Object.keys(bins[i]).sort().forEach(function (s) {
          var v = bins[i][s];
          var r = el("rect", { "class": "bar", x: x(d0), y: y(acc + v), width: Math.max(1, bw - 0.5),
            height: y(acc) - y(acc + v), fill: colour(split, s), "data-day": dayStr(d0) }, svg);
          title(r, dayStr(d0) + (k > 1 ? " to " + dayStr(Math.min(hi, d0 + k - 1)) : "") + ", " + split + " " + s + ": " + v + " events");
          acc += v;
        });
      });
      if (outside) {
        var o = el("text", { x: W, y: 12, "font-size": 10, "text-anchor": "end" }, svg);
        o.textContent = outside + " events dated outside the period shown";
      }
      if (div.dataset.since || div.dataset.until) {
        var s = div.dataset.since ? dayNum(div.dataset.since) : lo, u = div.dataset.until ? dayNum(div.dataset.until) : hi;
        el("rect", { "class": "sel", x: x(s), y: 0, width: Math.max(1, x(u + 1) - x(s)), height: H - B }, svg);
      }
      // The brush: drag across the chart to choose a range of days; the
      // page reloads with since and until set, which filters the table,
      // the map and the counts.
      var brush = el("rect", { "class": "brush", x: 0, y: 0, width: 0, height: H - B, visibility: "hidden" }, svg);
      var start = null;
      function toDay(ev) {
        var r = svg.getBoundingClientRect();
        var px = (ev.clientX - r.left) * W / r.width;
        var i = Math.min(n - 1, Math.max(0, Math.floor((px - L) / bw)));
        return lo + i * k;
      }
      svg.addEventListener("mousedown", function (ev) {
        start = toDay(ev); ev.preventDefault();
        brush.setAttribute("visibility", "visible");
        brush.setAttribute("x", x(start)); brush.setAttribute("width", bw);
      });
      window.addEventListener("mousemove", function (ev) {
        if (start === null) return;
        var d = toDay(ev), a = Math.min(start, d), b = Math.max(start, d);
        brush.setAttribute("x", x(a)); brush.setAttribute("width", x(b + k) - x(a));
      });
      window.addEventListener("mouseup", function (ev) {
        if (start === null) return;
        var d = toDay(ev), a = Math.min(start, d), b = Math.max(start, d);
        start = null;
        var p = new URLSearchParams(div.dataset.query);
        b = Math.min(b + k - 1, hi);
        p.set("since", dayStr(a)); p.set("until", dayStr(b)); p.set("split", split);
        div.dataset.brushed = dayStr(a) + "/" + dayStr(b);
        location.search = p.toString();
      });
      div.dataset.ready = "1";
    }).catch(function (e) { div.textContent = "timeline: " + e.message; div.dataset.ready = "error"; });
  }

  function map(div) {
    var W = 720, H = 360;
    var px = function (lon) { return (lon + 180) * W / 360; };
    var py = function (lat) { return (90 - lat) * H / 180; };
    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, id: "map-svg" }, div);
    el("rect", { x: 0, y: 0, width: W, height: H, fill: "#eef4f8" }, svg);
    var land = el("g", {}, svg), pts = el("g", {}, svg);
    function ring(coords) {
      var d = "", prev = null;
      coords.forEach(function (c) {
        // Break the line where a ring crosses the antimeridian.
        d += (prev === null || Math.abs(c[0] - prev) > 180 ? "M" : "L") + px(c[0]).toFixed(1) + "," + py(c[1]).toFixed(1);
        prev = c[0];
      });
      return d + "Z";
    }
    var world = getJSON("/static/vendor/world-atlas/countries-110m.json").then(function (topo) {
      topojson.feature(topo, topo.objects.countries).features.forEach(function (f) {
        var g = f.geometry; if (!g) return;
        var polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates, d = "";
        polys.forEach(function (p) { p.forEach(function (r) { d += ring(r); }); });
        var path = el("path", { "class": "land", d: d, "data-name": f.properties.name }, land);
        title(path, f.properties.name);
      });
    });
    var points = getJSON("/api/aggregates?" + qs(div.dataset.query, { by: "place", since: div.dataset.since, until: div.dataset.until, limit: "2000" })).then(function (agg) {
      var maxN = 1;
      agg.buckets.forEach(function (b) { maxN = Math.max(maxN, b.events); });
      agg.buckets.forEach(function (b) {
        var a = el("a", { href: "/?" + qs("", { place: b.key }) }, pts);
        var c = el("circle", { "class": "pt", cx: px(b.lon).toFixed(1), cy: py(b.lat).toFixed(1), r: (2 + 6 * Math.sqrt(b.events / maxN)).toFixed(1),
          "data-lat": b.lat, "data-lon": b.lon, "data-place": b.key, "data-events": b.events }, a);
        title(c, b.key + ": " + b.events + " events");
      });
    });
    Promise.all([world, points]).then(function () { div.dataset.ready = "1"; })
      .catch(function (e) { div.appendChild(document.createTextNode("map: " + e.message)); div.dataset.ready = "error"; });
  }

  var t = document.getElementById("timeline"); if (t) timeline(t);
  var m = document.getElementById("map"); if (m) map(m);
})();

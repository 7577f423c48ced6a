// Host-page loader for the rare-earth risk calculator. A page includes
//
//   <script src="https://…/rare-earth-risk/embed.js" data-rare-earth-risk="?preset=embargo-now"
//           data-height="900" data-title="Rare-earth risk: full embargo" async></script>
//
// and the script replaces itself with an auto-sizing iframe of the calculator. Attributes
// (all optional; see docs/hosting.md):
//   data-rare-earth-risk  the calculator's query string (with or without "?"); embed=1 is added
//   data-height           initial height in CSS px before the first resize message (default 720)
//   data-title            the iframe's accessible title
//   data-src              the calculator's URL (default: the folder this script was loaded from)
// The iframe only ever grows or shrinks in response to {type: "rare-earth-risk:resize", height}
// messages from its own contentWindow, clamped to [300, 4000] px. Nothing else is read.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || script.getAttribute("data-rare-earth-risk-done") !== null) return;
  script.setAttribute("data-rare-earth-risk-done", "");

  var MIN = 300, MAX = 4000, DEFAULT_HEIGHT = 720;
  var clamp = function (h) { return Math.max(MIN, Math.min(MAX, Math.round(h))); };
  var info = function (msg) { try { console.info("[rare-earth-risk embed] " + msg); } catch (_) { /* none */ } };

  var base;
  try {
    base = new URL(script.getAttribute("data-src") || "./", script.src || location.href);
    if (base.protocol !== "https:" && base.protocol !== "http:") throw new Error("not http(s)");
  } catch (e) {
    return info("bad data-src, nothing embedded");
  }
  var state = (script.getAttribute("data-rare-earth-risk") || "").replace(/^\?/, "");
  var params = new URLSearchParams(state);
  params.set("embed", "1");
  base.search = params.toString();

  var h = Number(script.getAttribute("data-height"));
  var height = isFinite(h) && h > 0 ? clamp(h) : DEFAULT_HEIGHT;

  var iframe = document.createElement("iframe");
  iframe.src = base.href;
  iframe.title = script.getAttribute("data-title") || "Rare-earth supply-chain risk calculator";
  iframe.setAttribute("loading", "lazy");
  iframe.setAttribute("width", "100%");
  iframe.setAttribute("height", String(height));
  iframe.className = "rare-earth-risk-embed";
  iframe.style.cssText = "display:block;width:100%;max-width:100%;border:0;height:" + height + "px";

  window.addEventListener("message", function (event) {
    if (event.source !== iframe.contentWindow) return;
    var d = event.data;
    if (d === null || typeof d !== "object" || d.type !== "rare-earth-risk:resize") return;
    var px = d.height;
    if (typeof px !== "number" || !isFinite(px)) return;
    px = clamp(px);
    iframe.setAttribute("height", String(px));
    iframe.style.height = px + "px";
  });

  if (script.parentNode) script.parentNode.replaceChild(iframe, script);
  else (document.body || document.documentElement).appendChild(iframe);
})();

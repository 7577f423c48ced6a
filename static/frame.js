// Page-side glue for embedding and offline use, loaded by index.html on every page.
// Plain script (no modules, no eval, no innerHTML); every browser API here is optional and
// fails quietly (console.info), because the e2e suite treats console errors as failures.
//
// Contract (documented in docs/hosting.md):
//  * framed (window !== top) or ?embed=1 (or true/yes)  -> <html class="embedded">
//  * ?dark=auto|true|false                -> <html data-theme="dark|light"> (auto: attribute removed)
//  * outgoing, to window.parent, on every content-height change (at most once per frame):
//      {type: "rare-earth-risk:resize", height}
//      {sentinel: "amp", type: "embed-size", height}                    (AMP amp-iframe)
//      "pymxPYMx<childId>xPYMxheightxPYMx<height>"                      (Pym.js, if ?childId=)
//      {secret, message: "height", value: height}                       (WordPress, if #?secret=)
//  * incoming, from window.parent only: exactly {type: "rare-earth-risk:theme", dark: "auto"|"true"|"false"}.
//    Anything else is ignored. A theme change fires `rare-earth-risk:themechange` on window
//    (detail.theme: "dark" | "light" | null) so the app can redraw its canvas charts.
//  * registers ./sw.js (offline cache) where the browser allows it.
(function () {
  "use strict";
  var NS = "rare-earth-risk";
  var root = document.documentElement;
  var info = function (msg, err) {
    try { console.info("[" + NS + "] " + msg + (err ? ": " + (err && err.message ? err.message : String(err)) : "")); } catch (_) { /* no console */ }
  };

  var params;
  try { params = new URLSearchParams(location.search); } catch (_) { params = new URLSearchParams(""); }

  // --- embedded mode -------------------------------------------------------------------------
  var framed;
  try { framed = window !== window.top; } catch (_) { framed = true; }
  // The same values src/ui/embed.rs accepts.
  if (framed || ["1", "true", "yes"].includes(params.get("embed"))) root.classList.add("embedded");

  // --- the prerendered first screen ----------------------------------------------------------
  // index.html carries the answer for a plain link in English (scripts/prerender.mjs), shown
  // before the WebAssembly loads. Any other link, page or language would show a wrong sentence,
  // so it stays hidden (styles/main.css) unless this is exactly that case (an attribute, not a
  // class: <html>'s classes are the page modes a host may style). The languages are
  // src/i18n/mod.rs's, negotiated as `Lang::negotiate` does.
  try {
    var LANGS = ["en", "de", "fr", "ja", "es"];
    var prefs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
    var lang = "en";
    for (var i = 0; i < prefs.length; i++) {
      var primary = String(prefs[i]).split(/[-_]/)[0].toLowerCase();
      if (LANGS.indexOf(primary) >= 0) { lang = primary; break; }
    }
    // The page a plain link opens: the calculator, or the methodology (same summary, the
    // navigation marking the other page).
    var pageOf = { "": "calculator", "#calculator": "calculator", "#methodology": "methodology" };
    var page = location.search.replace(/^\?/, "") === "" && pageOf[location.hash];
    if (page && lang === "en" && !root.classList.contains("embedded")) root.setAttribute("data-first-screen", page);
  } catch (e) { info("first screen", e); }

  // --- theme ---------------------------------------------------------------------------------
  var THEMES = { auto: null, "true": "dark", "false": "light" };
  function applyTheme(dark) {
    if (!Object.prototype.hasOwnProperty.call(THEMES, dark)) return false;
    var t = THEMES[dark];
    if (root.getAttribute("data-theme") === t) return true;
    if (t === null) root.removeAttribute("data-theme");
    else root.setAttribute("data-theme", t);
    // Lets the app redraw what CSS cannot restyle (canvas charts).
    try { window.dispatchEvent(new CustomEvent(NS + ":themechange", { detail: { theme: t } })); } catch (_) { /* old browser */ }
    return true;
  }
  var darkParam = params.get("dark");
  if (darkParam !== null) applyTheme(darkParam);

  // The one message a host may send. Checked by shape: a plain object with exactly the keys
  // `type` and `dark`, and an allowed value. Iteration bails out early, so huge objects are cheap.
  function isThemeMessage(d) {
    if (d === null || typeof d !== "object" || Array.isArray(d)) return false;
    if (Object.prototype.toString.call(d) !== "[object Object]") return false;
    var proto = Object.getPrototypeOf(d);
    if (proto !== Object.prototype && proto !== null) return false;
    var n = 0;
    for (var k in d) {
      if (!Object.prototype.hasOwnProperty.call(d, k)) return false;
      if ((k !== "type" && k !== "dark") || ++n > 2) return false;
    }
    return n === 2 && d.type === NS + ":theme" && typeof d.dark === "string" &&
      Object.prototype.hasOwnProperty.call(THEMES, d.dark);
  }
  window.addEventListener("message", function (event) {
    try {
      if (event.source !== window.parent) return;
      if (isThemeMessage(event.data)) applyTheme(event.data.dark);
    } catch (_) { /* ignore anything odd */ }
  });

  // --- auto-height ---------------------------------------------------------------------------
  var childId = params.get("childId");
  if (childId !== null && !/^[A-Za-z0-9_.:-]{1,128}$/.test(childId)) childId = null;
  var secretMatch = /[#?&]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(location.hash || "");
  var secret = secretMatch ? secretMatch[1] : null;

  function post(message) {
    try { window.parent.postMessage(message, "*"); } catch (e) { info("could not post to the host page", e); }
  }
  var lastHeight = -1;
  function sendHeight() {
    var h = Math.ceil(root.getBoundingClientRect().height);
    if (!(h > 0) || h === lastHeight) return;
    lastHeight = h;
    post({ type: NS + ":resize", height: h });
    post({ sentinel: "amp", type: "embed-size", height: h });
    if (childId !== null) post("pymxPYMx" + childId + "xPYMxheightxPYMx" + h);
    if (secret !== null) post({ secret: secret, message: "height", value: h });
  }
  // One post per animation frame at most. Browsers pause requestAnimationFrame in hidden or
  // off-screen frames, so a timer stands in for it there.
  var pending = false, raf = 0, timer = 0;
  function flush() {
    if (!pending) return;
    pending = false;
    if (raf) cancelAnimationFrame(raf);
    if (timer) clearTimeout(timer);
    raf = timer = 0;
    sendHeight();
  }
  function schedule() {
    if (pending) return;
    pending = true;
    raf = requestAnimationFrame(flush);
    timer = setTimeout(flush, 250);
  }
  if (window.parent !== window) {
    try {
      new ResizeObserver(schedule).observe(root);
    } catch (e) {
      info("ResizeObserver unavailable, height sent on load and resize only", e);
      window.addEventListener("resize", schedule);
    }
    // A host whose listener arrives late still gets the height once the page has loaded.
    window.addEventListener("load", function () { lastHeight = -1; schedule(); });
  }

  // --- the loading message in the page's language ------------------------------------------
  // index.html says "Loading the calculator…"; a page in another language says it in that
  // language until the app replaces it. The language is chosen as src/ui/language.rs `initial`
  // does: the last lang= (an unknown one: English), else on the full site the first of the
  // browser's languages offered. The words are each catalogue's `app-loading` (i18n/*.ftl);
  // tests/e2e/i18n.test.mjs checks that they agree.
  var LOADING = {
    de: "Der Rechner wird geladen…",
    fr: "Chargement du calculateur…",
    ja: "計算ツールを読み込んでいます…",
    es: "Cargando la calculadora…"
  };
  function pageLang() {
    var given = params.getAll("lang");
    if (given.length) return String(given[given.length - 1]).trim().toLowerCase();
    if (root.classList.contains("embedded")) return "en";
    var preferred = navigator.languages || [];
    for (var i = 0; i < preferred.length; i++) {
      var primary = String(preferred[i]).split(/[-_]/)[0].toLowerCase();
      if (primary === "en" || Object.prototype.hasOwnProperty.call(LOADING, primary)) return primary;
    }
    return "en";
  }
  function translateLoading() {
    var lang = pageLang();
    if (!Object.prototype.hasOwnProperty.call(LOADING, lang)) return;
    var boot = document.querySelector("#app-body > .boot");
    if (boot) boot.textContent = LOADING[lang];
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", translateLoading);
  else translateLoading();

  // --- offline (service worker) --------------------------------------------------------------
  // Refused in cross-site and sandboxed iframes and on file:// (by browser design); the app
  // works the same without it.
  function registerServiceWorker() {
    try {
      if (location.protocol !== "https:" && location.protocol !== "http:") return info("offline cache needs http(s)");
      var sw = navigator.serviceWorker; // throws in sandboxed (opaque-origin) frames
      if (!sw) return info("offline cache unavailable: no service worker support");
      sw.register("./sw.js").then(
        function () { /* registered */ },
        function (e) { info("offline cache unavailable", e); }
      );
    } catch (e) {
      info("offline cache unavailable", e);
    }
  }
  // Its install fetches some thirty files, the WebAssembly among them a second time: started at
  // `load` (which comes before the WebAssembly is even requested, see defer-wasm.mjs) it competed
  // with the app's own download, compilation and first render. So it waits until the app has
  // its ranges on screen, or 10 s if the app never gets there.
  function whenAppSettled(go) {
    var waited = 0;
    (function look() {
      if (document.querySelector("main.app[data-precision='full']") || waited >= 10000) return go();
      waited += 200;
      setTimeout(look, 200);
    })();
  }
  function registerLater() { whenAppSettled(registerServiceWorker); }
  if (document.readyState === "complete") registerLater();
  else window.addEventListener("load", registerLater);
})();

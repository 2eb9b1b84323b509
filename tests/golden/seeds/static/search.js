// Search the story's quotes, speakers and outlets from the box in the page header.
// The index (data/search-index.js) is written at build time and loaded as a script
// the first time the box is used: no fetch(), so it works from file:// and under any
// sub-path. Without scripting the box stays hidden and nothing else is lost.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  var panel = document.getElementById("search-results");
  if (!form || !panel) { return; }
  var input = form.querySelector("input[type=search]");
  var status = panel.querySelector(".search-status");
  var list = panel.querySelector(".search-list");
  var root = form.getAttribute("data-root") || "";
  var LIMIT = 30;
  var entries = null;
  var loading = false;
  var pending = null;
  // Words as the build folds them: "U.S." is "us", curly apostrophes straight, accents and case set aside.
  var WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;

  function fold(word) {
    return word.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/\u2019/g, "'")
      .replace(/\./g, "").toLowerCase();
  }

  function words(text) {
    var out = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      out.push({ norm: fold(m[0]), start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  function entry(kind, text, meta, url, also) {
    var toks = words(text);
    var joined = " " + toks.map(function (t) { return t.norm; }).join(" ") + " ";
    var more = words(also).map(function (t) { return t.norm; }).join(" ");
    return { kind: kind, text: text, meta: meta, url: url, toks: toks, joined: joined, all: joined + more + " " };
  }

  function build() {
    var data = window.quoteCompareIndex || { speakers: [], sources: [], quotes: [] };
    var out = [];
    data.speakers.forEach(function (s) {
      out.push(entry("Speaker", s[0], s[1].join(", "), s[2], s[1].join(" ")));
    });
    data.sources.forEach(function (s) {
      out.push(entry("Outlet", s[0], s[1] + (s[2] ? " · " + s[2] : ""), s[3], s[1]));
    });
    data.quotes.forEach(function (q) {
      var speaker = q[1] >= 0 ? data.speakers[q[1]][0] : "no speaker found";
      var outlet = q[2].map(function (i) { return data.sources[i][0]; }).join(", ");
      out.push(entry("Quote", q[0], speaker + " · " + outlet, q[3], speaker + " " + outlet));
    });
    entries = out;
  }

  function load(then) {
    if (entries) { then(); return; }
    if (window.quoteCompareIndex) { build(); then(); return; }
    pending = then;
    if (loading) { return; }
    loading = true;
    status.textContent = "Loading the search index…";
    panel.hidden = false;
    var script = document.createElement("script");
    script.src = form.getAttribute("data-index");
    script.onload = function () { build(); loading = false; if (pending) { pending(); } };
    script.onerror = function () { loading = false; status.textContent = "The search index could not be loaded."; };
    document.head.appendChild(script);
  }

  // Entries holding the query's words in a row (the last may be half typed) come first,
  // then entries holding them all anywhere, in their text or their speaker and outlet.
  function search(query) {
    var q = words(query).map(function (t) { return t.norm; });
    if (!q.length) { return []; }
    var phrase = " " + q.join(" ");
    var close = [];
    var loose = [];
    entries.forEach(function (e) {
      var at = e.joined.indexOf(phrase);
      if (at >= 0) {
        var first = e.joined.slice(0, at + 1).split(" ").length - 2;
        close.push({ e: e, from: first, to: first + q.length - 1 });
      } else if (q.every(function (w) { return e.all.indexOf(" " + w) >= 0; })) {
        loose.push({ e: e, from: -1, to: -1 });
      }
    });
    return close.concat(loose);
  }

  function snippet(hit) {
    var text = hit.e.text;
    var span = document.createElement("span");
    span.className = "r-text";
    var start = 0;
    var end = text.length;
    if (hit.from >= 0) {
      var a = hit.e.toks[hit.from].start;
      var b = hit.e.toks[hit.to].end;
      if (text.length > 220) {
        start = Math.max(0, text.lastIndexOf(" ", Math.max(0, a - 80)) + 1);
        end = Math.min(text.length, b + 120);
        end = text.indexOf(" ", end) < 0 ? text.length : text.indexOf(" ", end);
      }
      span.appendChild(document.createTextNode((start ? "…" : "") + text.slice(start, a)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(a, b);
      span.appendChild(mark);
      span.appendChild(document.createTextNode(text.slice(b, end) + (end < text.length ? "…" : "")));
    } else {
      span.textContent = text.length > 220 ? text.slice(0, text.indexOf(" ", 200) > 0 ? text.indexOf(" ", 200) : 220) + "…" : text;
    }
    if (hit.e.kind === "Quote") {
      span.insertBefore(document.createTextNode("“"), span.firstChild);
      span.appendChild(document.createTextNode("”"));
    }
    return span;
  }

  function show() {
    var query = input.value.trim();
    list.textContent = "";
    if (!query) { panel.hidden = true; status.textContent = ""; return; }
    var hits = search(query);
    hits.slice(0, LIMIT).forEach(function (hit) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + hit.e.url;
      var kind = document.createElement("span");
      kind.className = "r-kind";
      kind.textContent = hit.e.kind;
      a.appendChild(kind);
      a.appendChild(snippet(hit));
      li.appendChild(a);
      if (hit.e.meta) {
        var meta = document.createElement("span");
        meta.className = "r-meta";
        meta.textContent = hit.e.meta;
        li.appendChild(meta);
      }
      list.appendChild(li);
    });
    var n = hits.length;
    status.textContent = n === 0 ? "Nothing matches “" + query + "”."
      : (n > LIMIT ? "The first " + LIMIT + " of " + n : n) + " result" + (n === 1 ? "" : "s") + " for “" + query + "”"
        + (n > LIMIT ? "; type more words to narrow them." : ".");
    panel.hidden = false;
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

  form.hidden = false;
  input.addEventListener("focus", function () { load(function () {}); });
  input.addEventListener("input", function () { load(show); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    load(function () { show(); var first = links()[0]; if (first) { window.location.href = first.href; } });
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && links().length) {
      event.preventDefault();
      links()[0].focus();
    } else if (event.key === "Escape") {
      input.value = "";
      show();
    }
  });
  list.addEventListener("keydown", function (event) {
    var all = links();
    var i = all.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && i < all.length - 1) {
      event.preventDefault();
      all[i + 1].focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      (i > 0 ? all[i - 1] : input).focus();
    } else if (event.key === "Escape") {
      input.value = "";
      show();
      input.focus();
    }
  });
})();

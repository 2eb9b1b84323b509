// Optional: filter the archive index's stories by outlet and speaker at once.
// Without it the index still lists every story, and each outlet's and
// speaker's page lists theirs.
(function () {
  "use strict";
  var form = document.querySelector("form.archive-filter");
  if (!form) { return; }
  var items = document.querySelectorAll("ol.stories > li");
  form.hidden = false;
  function has(item, name, value) {
    return !value || (" " + item.getAttribute("data-" + name) + " ").indexOf(" " + value + " ") !== -1;
  }
  function apply() {
    var outlet = form.elements.outlet.value, speaker = form.elements.speaker.value, shown = 0;
    items.forEach(function (item) {
      item.hidden = !(has(item, "outlets", outlet) && has(item, "speakers", speaker));
      if (!item.hidden) { shown += 1; }
    });
    form.elements.shown.value = shown + " of " + items.length + " stories";
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
})();

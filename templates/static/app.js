// Optional: filter a speaker page's statements by kind. The page works without it.
(function () {
  "use strict";
  var form = document.querySelector("form.filter");
  if (!form) { return; }
  form.hidden = false;
  function apply() {
    var shown = {};
    form.querySelectorAll("input[name=kind]").forEach(function (box) { shown[box.value] = box.checked; });
    document.querySelectorAll("[data-kinds]").forEach(function (row) {
      var kinds = row.getAttribute("data-kinds").split(" ");
      row.hidden = !kinds.some(function (k) { return shown[k]; });
    });
    // A section (and an outlet's list) with every statement hidden goes too, heading and all.
    document.querySelectorAll("section.group").forEach(function (group) {
      group.hidden = !group.querySelector("[data-kinds]:not([hidden])");
    });
  }
  form.addEventListener("change", apply);
})();

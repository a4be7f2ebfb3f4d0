// readingroom: draws the charts the pages describe in data-chart attributes, with Chart.js.
// The pages read without it: every chart also has its figures as a table of links.
(function () {
  "use strict";
  var colours = ["#1f4e79", "#d97706", "#6b7280"];

  function draw(canvas) {
    var data;
    try {
      data = JSON.parse(canvas.getAttribute("data-chart"));
    } catch (e) {
      return;
    }
    if (!window.Chart || !data || !data.labels || data.labels.length === 0) {
      return;
    }
    var chart = new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: data.series.map(function (s, i) {
          return { label: s.name, data: s.values, backgroundColor: colours[i % colours.length], borderRadius: 2 };
        })
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: data.series.length > 1 }, tooltip: { intersect: false } },
        scales: {
          x: { stacked: data.series.length > 1, grid: { display: false }, ticks: { autoSkip: true, maxRotation: 0 } },
          y: { stacked: data.series.length > 1, beginAtZero: true, ticks: { precision: 0 } }
        },
        onHover: function (event, elements) {
          event.native.target.style.cursor = elements.length ? "pointer" : "default";
        },
        onClick: function (event, elements) {
          if (elements.length && data.links && data.links[elements[0].index]) {
            window.location.href = data.links[elements[0].index];
          }
        }
      }
    });
    canvas.chart = chart;
  }

  // The words a reader searched for, marked on a document page: previous and next step through
  // them in reading order, each brought into view and focused, with "n of N" said to screen readers.
  function steps() {
    var marks = document.querySelectorAll("mark.q");
    var bar = document.querySelector(".mark-steps");
    if (!bar || marks.length === 0) {
      return;
    }
    var at = -1;
    var said = bar.querySelector(".mark-at");
    for (var i = 0; i < marks.length; i++) {
      marks[i].id = "mark-" + (i + 1);
      marks[i].setAttribute("tabindex", "-1");
    }
    function go(step) {
      if (at >= 0) {
        marks[at].classList.remove("current");
      }
      at = (at + step + marks.length) % marks.length;
      var m = marks[at];
      m.classList.add("current");
      var closed = m.closest("details:not([open])");
      if (closed) {
        closed.open = true;
      }
      m.scrollIntoView({ block: "center" });
      m.focus({ preventScroll: true });
      said.textContent = (at + 1) + " of " + marks.length;
    }
    var buttons = bar.querySelectorAll("button[data-mark-step]");
    for (var b = 0; b < buttons.length; b++) {
      buttons[b].addEventListener("click", function (e) {
        go(parseInt(e.currentTarget.getAttribute("data-mark-step"), 10));
      });
    }
    bar.hidden = false;
  }

  // The facets fold behind one control on a narrow screen and stand open on a wide one (the
  // stylesheet shows them there even without this script; the script keeps the fold's state true).
  function foldFacets() {
    var wide = window.matchMedia("(min-width: 821px)");
    var folds = document.querySelectorAll("details.facet-fold");
    function follow() {
      for (var i = 0; i < folds.length; i++) {
        folds[i].open = wide.matches;
      }
    }
    follow();
    wide.addEventListener("change", follow);
  }

  document.addEventListener("DOMContentLoaded", function () {
    foldFacets();
    var canvases = document.querySelectorAll("canvas[data-chart]");
    for (var i = 0; i < canvases.length; i++) {
      draw(canvases[i]);
    }
    steps();
  });
})();

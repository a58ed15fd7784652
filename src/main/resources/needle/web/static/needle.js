// Needle's page behaviour: the CSRF header for htmx, form resets, upload progress, the chart.
(function () {
  "use strict";

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : "";
  }

  document.addEventListener("htmx:configRequest", function (e) {
    e.detail.headers["X-CSRF-Token"] = csrfToken();
  });

  // A quick-log form that worked starts empty again, keeping its date.
  document.addEventListener("htmx:afterRequest", function (e) {
    var form = e.detail.elt;
    if (e.detail.successful && form.matches && form.matches("form.quick")) {
      form.querySelectorAll("input[name=minutes], input[name=points], input[name=note], input[name=text]")
        .forEach(function (input) { input.value = ""; });
    }
  });

  // A session that expired mid-form sends the browser to log in; what was typed waits in this
  // tab's storage and is put back in the same form when the page comes back after the login.
  var UNSENT = "needle.unsent";

  document.addEventListener("htmx:beforeOnLoad", function (e) {
    var xhr = e.detail.xhr;
    var form = e.detail.elt && e.detail.elt.closest ? e.detail.elt.closest("form") : null;
    if (xhr.status !== 401 || !xhr.getResponseHeader("HX-Redirect") || !form) { return; }
    var fields = {};
    new FormData(form).forEach(function (value, name) {
      if (name !== "csrf" && typeof value === "string") { fields[name] = value; }
    });
    sessionStorage.setItem(UNSENT, JSON.stringify({
      page: location.pathname, action: form.getAttribute("action"), fields: fields
    }));
  });

  function restoreUnsent() {
    var saved = JSON.parse(sessionStorage.getItem(UNSENT) || "null");
    if (!saved || saved.page !== location.pathname) { return; }
    sessionStorage.removeItem(UNSENT);
    var form = document.querySelector('form[action="' + CSS.escape(saved.action) + '"]');
    if (!form) { return; }
    Object.keys(saved.fields).forEach(function (name) {
      var input = form.elements.namedItem(name);
      if (!input || input.type === "file") { return; }
      if (input.type === "checkbox") { input.checked = true; } else { input.value = saved.fields[name]; }
    });
    var flash = document.getElementById("flash");
    if (flash) {
      flash.innerHTML = '<p class="alert" role="alert">Your session had expired. What you typed ' +
        'is back in the form: check it and send it again.</p>';
    }
  }

  document.addEventListener("htmx:xhr:progress", function (e) {
    var bar = document.getElementById("import-progress");
    if (bar && e.detail.lengthComputable) {
      bar.hidden = false;
      bar.value = Math.round((e.detail.loaded / e.detail.total) * 100);
    }
  });

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function classColour(cls) {
    return getComputedStyle(document.documentElement).getPropertyValue("--cls-" + cls).trim() || "#888";
  }

  function drawChart(el, points) {
    var classes = [];
    points.forEach(function (p) { if (classes.indexOf(p.cls) < 0) { classes.push(p.cls); } });
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      aria: { enabled: true },
      grid: { left: 50, right: 20, top: 60, bottom: 45 },
      legend: { type: "scroll", top: 5, data: classes },
      tooltip: {
        trigger: "item",
        formatter: function (item) {
          var p = item.data.point;
          return "<strong>" + escapeHtml(p.name) + "</strong><br>" + escapeHtml(p.cls) +
            "<br>" + p.hours + " h · ROI " + p.roi + " · level " + p.level;
        }
      },
      xAxis: { name: "hours invested", nameLocation: "middle", nameGap: 28, type: "value", min: 0 },
      yAxis: { name: "ROI (points per hour)", nameTextStyle: { align: "left" }, type: "value", min: 0 },
      series: classes.map(function (cls) {
        return {
          name: cls,
          type: "scatter",
          itemStyle: { color: classColour(cls), opacity: 0.8 },
          symbolSize: function (value) { return 10 + value[2] * 6; },
          data: points.filter(function (p) { return p.cls === cls; }).map(function (p) {
            return { name: p.name, value: [p.hours, p.roi, p.level], url: p.url, point: p };
          })
        };
      })
    });
    chart.on("click", function (item) {
      if (item.data && item.data.url) { window.location.href = item.data.url; }
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }

  // The bubbles come from their own address, so the page (and its table) arrives without them.
  function loadChart(el) {
    fetch(el.dataset.src, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error("the chart's data answered " + response.status); }
        return response.json();
      })
      .then(function (points) { drawChart(el, points); })
      .catch(function () {
        el.setAttribute("aria-label", "The chart could not be loaded; the table below has every figure.");
        el.textContent = "The chart could not be loaded; the table below has every figure.";
      });
  }

  function start() {
    restoreUnsent();
    var el = document.getElementById("roi-chart");
    // The dashboard loads ECharts beside this script, so both arrive in parallel.
    if (el && el.dataset.src && window.echarts) { loadChart(el); }
  }

  // Deferred scripts run in order before DOMContentLoaded: wait for the ones after this one.
  if (document.readyState === "complete") {
    start();
  } else {
    document.addEventListener("DOMContentLoaded", start);
  }
})();

(function () {
  "use strict";
  // Every string in `data` may come from an article: it reaches the page as
  // textContent only (never parsed as HTML), and ids and names are Map keys only.
  var data = JSON.parse(document.getElementById("graphkit-data").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var search = $("search"), status = $("status"), shown = $("shown");
  var panel = $("panel"), panelBody = $("panel-body");
  function ready() { document.body.dataset.ready = "true"; }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  var haveVis = typeof vis !== "undefined";
  var nodes = haveVis ? new vis.DataSet() : null, edges = haveVis ? new vis.DataSet() : null;
  var nodeHidden = new Map(), edgeHidden = new Map();
  function shownIds(items, hidden) {
    return items.map(function (item) { return item.id; }).filter(function (id) { return !hidden.get(id); });
  }
  var api = window.graphkit = {
    network: null, nodes: nodes, edges: edges, nodeCount: data.nodes.length,
    visibleNodeIds: function () { return shownIds(data.nodes, nodeHidden); },
    visibleEdgeIds: function () { return shownIds(data.edges, edgeHidden); }
  };
  if (!haveVis || !data.nodes.length) {
    document.querySelectorAll("header input, header button").forEach(function (c) { c.disabled = true; });
    ready();
    return;
  }

  // ---- lookups
  var classOf = new Map(data.classes.map(function (c) { return [c[0], {name: c[1], root: c[2]}]; }));
  var rootOf = new Map(data.classes.map(function (c) { return [c[1], c[2]]; }));
  var symmetric = new Set(data.symmetric);
  var predicateRank = new Map(data.relations.map(function (p, i) { return [p, i]; }));
  var nodeById = new Map(), edgeById = new Map(), incident = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); incident.set(n.id, []); });
  data.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    incident.get(e.from).push(e);
    if (e.to !== e.from) { incident.get(e.to).push(e); }
  });
  function label(id) { return nodeById.get(id).label; }
  function typeName(n) {
    var c = classOf.get(n.group);
    return c.name === c.root ? c.root : c.name + " (" + c.root + ")";
  }
  function arrow(e) { return symmetric.has(e.label) ? " \u2194 " : " \u2192 "; }

  // tooltips: plain text (vis-network shows a string title with innerText)
  data.nodes.forEach(function (n) {
    n.title = n.label + "\n" + typeName(n) + " \u00b7 " + plural(incident.get(n.id).length, "relation");
  });
  data.edges.forEach(function (e) {
    e.title = label(e.from) + arrow(e) + label(e.to) + "\n" +
      e.label + " \u00b7 " + plural(e.evidence.length, "sentence");
  });
  nodes.add(data.nodes);
  edges.add(data.edges);

  // ---- the network: physics until stabilized, then off; or a layout computed beforehand
  var container = $("network");
  var network = api.network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  var physics = data.options.physics.enabled !== false;
  if (physics) {
    network.on("stabilizationProgress", function (p) {
      status.textContent = "layout " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.on("stabilizationIterationsDone", function () {
      network.setOptions({physics: false});
      status.textContent = "";
      ready();
    });
  } else {
    network.once("afterDrawing", ready);
  }

  // dragging a node pins it; "Unpin all" releases them and resumes the layout (or puts them back)
  var pinned = new Set();
  network.on("dragEnd", function (p) {
    if (!p.nodes.length) { return; }
    p.nodes.forEach(function (id) { pinned.add(id); });
    nodes.update(p.nodes.map(function (id) { return {id: id, fixed: true, borderWidth: 3}; }));
  });
  $("unpin").addEventListener("click", function () {
    var ids = Array.from(pinned);
    pinned.clear();
    nodes.update(ids.map(function (id) {
      var n = nodeById.get(id), change = {id: id, fixed: false, borderWidth: n.borderWidth || 1};
      if (!physics) { change.x = n.x; change.y = n.y; }
      return change;
    }));
    if (physics) {
      network.setOptions({physics: {enabled: true}});
      network.stabilize(data.options.physics.stabilization.iterations);
    }
  });
  $("fit").addEventListener("click", function () { network.fit({animation: {duration: 400}}); });

  // PNG of the current view, on white
  $("export-png").addEventListener("click", function () {
    var source = container.querySelector("canvas");
    var copy = document.createElement("canvas");
    copy.width = source.width;
    copy.height = source.height;
    var context = copy.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, copy.width, copy.height);
    context.drawImage(source, 0, 0);
    var link = document.createElement("a");
    link.href = copy.toDataURL("image/png");
    link.download = (document.title.replace(/[^\w.-]+/g, "_").replace(/^[_.]+|_+$/g, "") || "graph") + ".png";
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  // ---- filters: classes, predicates, communities, time, entities left without relations
  var boxes = Array.from(document.querySelectorAll("#legend input[type=checkbox][data-filter-class], " +
    "#legend input[type=checkbox][data-filter-predicate], #legend input[type=checkbox][data-filter-community]"));
  var timeFrom = $("time-from"), timeTo = $("time-to"), isolated = $("hide-isolated");
  function unchecked(attribute) {
    var off = new Set();
    boxes.forEach(function (box) {
      if (box.hasAttribute(attribute) && !box.checked) { off.add(box.getAttribute(attribute)); }
    });
    return off;
  }
  function inTime(e, from, to) {
    if (!e.dates || e.undated) { return true; }
    return e.dates.some(function (d) { return (!from || d[1] >= from) && (!to || d[0] <= to); });
  }
  function sync(set, hidden) {
    var changes = [];
    hidden.forEach(function (value, id) {
      if (!!set.get(id).hidden !== value) { changes.push({id: id, hidden: value}); }
    });
    if (changes.length) { set.update(changes); }
  }
  function applyFilters() {
    var classes = unchecked("data-filter-class"), predicates = unchecked("data-filter-predicate");
    var communities = unchecked("data-filter-community");
    var from = timeFrom ? timeFrom.value : "", to = timeTo ? timeTo.value : "";
    boxes.forEach(function (box) {
      var root = box.hasAttribute("data-filter-class") && rootOf.get(box.getAttribute("data-filter-class"));
      box.disabled = !!root && root !== box.getAttribute("data-filter-class") && classes.has(root);
    });
    data.nodes.forEach(function (n) {
      var c = classOf.get(n.group);
      nodeHidden.set(n.id, classes.has(c.name) || classes.has(c.root) ||
        (n.community !== undefined && communities.has(n.community)));
    });
    var linked = new Set();
    data.edges.forEach(function (e) {
      var hide = predicates.has(e.label) || nodeHidden.get(e.from) || nodeHidden.get(e.to) || !inTime(e, from, to);
      edgeHidden.set(e.id, hide);
      if (!hide) { linked.add(e.from); linked.add(e.to); }
    });
    if (isolated && isolated.checked) {
      data.nodes.forEach(function (n) { if (!linked.has(n.id)) { nodeHidden.set(n.id, true); } });
    }
    sync(nodes, nodeHidden);
    sync(edges, edgeHidden);
    var n = api.visibleNodeIds().length, m = api.visibleEdgeIds().length;
    shown.textContent = n < data.nodes.length || m < data.edges.length ? "showing " + n + " of " +
      data.nodes.length + " entities, " + m + " of " + data.edges.length + " relations" : "";
  }
  boxes.concat([isolated]).forEach(function (box) { box.addEventListener("change", applyFilters); });
  [timeFrom, timeTo].forEach(function (input) { if (input) { input.addEventListener("change", applyFilters); } });
  $("reset-filters").addEventListener("click", function () {
    boxes.forEach(function (box) { box.checked = true; });
    isolated.checked = false;
    [timeFrom, timeTo].forEach(function (input) { if (input) { input.value = input.defaultValue; } });
    applyFilters();
  });
  applyFilters();

  // ---- the panel: built with createElement and textContent only
  function add(parent, tag, className, text) {
    var element = document.createElement(tag);
    if (className) { element.className = className; }
    if (text !== undefined && text !== null) { element.textContent = text; }
    parent.appendChild(element);
    return element;
  }
  function nodeLink(parent, id) {
    var button = add(parent, "button", "link", label(id));
    button.type = "button";
    button.addEventListener("click", function (event) { event.preventDefault(); select(id); });
    return button;
  }
  function docText(index) {
    var d = data.docs[index];
    return d[0] + (d[2] ? " (" + d[2] + ")" : "");
  }
  function evidenceList(parent, e) {
    var list = add(parent, "ul", "evidence");
    if (!e.evidence.length) { add(list, "li", "meta", "no sentence recorded"); }
    e.evidence.forEach(function (ev) {  // [sentence, doc, confidence, role, date]
      var item = add(list, "li");
      if (ev[0] !== null) { add(item, "q", null, data.sentences[ev[0]]); }
      var meta = [];
      if (ev[1] !== null) { meta.push(docText(ev[1])); }
      if (ev[4]) { meta.push("dated " + ev[4]); }
      if (ev[2]) { meta.push("confidence " + ev[2]); }
      if (ev[3]) { meta.push("role: " + ev[3]); }
      add(item, "div", "meta", meta.join(" \u00b7 "));
    });
  }
  function predicateTag(parent, e) {
    var tag = add(parent, "span", "pred", e.label);
    tag.style.color = e.color;
    return tag;
  }
  // ---- curation: the decisions replayed on the graph, and (served with curation on) the actions
  var decisions = data.decisions || [];
  function decisionList(parent, indexes) {
    var list = add(parent, "ul", "decisions");
    indexes.forEach(function (i) {  // [summary, why, by, when, entities, why it changed nothing]
      var d = decisions[i], item = add(list, "li", d[5] ? "off" : null);
      add(item, "code", null, d[0]);
      var meta = [d[3].replace("T", " ")];
      if (d[2]) { meta.push("by " + d[2]); }
      add(item, "div", "meta", meta.join(" \u00b7 "));
      if (d[1]) { add(item, "div", "why", "why: " + d[1]); }
      if (d[5]) { add(item, "div", "meta", "changed nothing: " + d[5]); }
      var shown = d[4].filter(function (e) { return nodeById.has(e); });
      if (shown.length) {
        var on = add(item, "div", "meta", "applied to ");
        shown.forEach(function (e, k) { if (k) { add(on, "span", null, ", "); } nodeLink(on, e); });
      }
    });
    return list;
  }
  function curationSection(parent, item) {
    if (!item.curated || !item.curated.length) { return; }
    add(parent, "h2", null, "Curation (" + item.curated.length + ")");
    decisionList(parent, item.curated);
  }
  function showDecisions() {
    panelBody.textContent = "";
    add(panelBody, "h2", "title", "Curation");
    add(panelBody, "p", "meta", plural(decisions.length, "decision") + ", in the order they were replayed");
    decisionList(panelBody, decisions.map(function (d, i) { return i; }));
    openPanel();
  }
  if ($("show-curation")) { $("show-curation").addEventListener("click", showDecisions); }

  var actions = data.actions || null;
  function actionForm(parent, buttons) {
    // buttons: [[label, action, fields(), input placeholder or null]]
    var box = add(parent, "section", "actions");
    add(box, "h2", null, "Curate");
    var why = add(box, "input"), by = add(box, "input"), result = add(box, "p", "meta");
    why.type = by.type = "text";
    why.className = "why";
    by.className = "by";
    why.placeholder = "why (kept with the decision)";
    by.placeholder = "by (your name)";
    result.setAttribute("aria-live", "polite");
    buttons.forEach(function (b) {
      var row = add(box, "div", "action"), input = null;
      if (b[3]) {
        input = add(row, "input");
        input.type = "text";
        input.placeholder = b[3];
        if (b[1] === "merge") { input.setAttribute("list", "names"); }
      }
      var button = add(row, "button", null, b[0]);
      button.type = "button";
      button.dataset.action = b[1];
      button.addEventListener("click", function () {
        var body = new URLSearchParams(b[2](input ? input.value : ""));
        if (why.value.trim()) { body.set("why", why.value); }
        if (by.value.trim()) { body.set("by", by.value); }
        button.disabled = true;
        result.textContent = "\u2026";
        fetch("curate/" + b[1], {method: "POST", body: body, credentials: "same-origin",
                                 headers: {"X-Graphkit-Token": actions.token}})
          .then(function (response) {
            return response.json().then(function (answer) { return [response.ok, answer]; });
          })
          .then(function (outcome) {
            if (outcome[0]) {
              result.textContent = outcome[1].message;
              window.location.reload();
            } else {
              result.textContent = outcome[1].error;
              button.disabled = false;
            }
          })
          .catch(function (error) { result.textContent = String(error); button.disabled = false; });
      });
    });
  }

  function openPanel() { panel.hidden = false; panel.scrollTop = 0; }
  function closePanel() { panel.hidden = true; panelBody.textContent = ""; }

  function showNode(id) {
    var n = nodeById.get(id);
    panelBody.textContent = "";
    add(panelBody, "h2", "title", n.label);
    add(panelBody, "p", "type", typeName(n));
    var facts = [plural(incident.get(id).length, "relation"), plural(n.mentions, "mention")];
    if (n.community !== undefined) { facts.push("community " + n.community); }
    add(panelBody, "p", "meta", facts.join(" \u00b7 "));
    add(panelBody, "p", "iri", id);

    var related = incident.get(id).slice().sort(function (a, b) {
      return predicateRank.get(a.label) - predicateRank.get(b.label) ||
        (a.from === id ? 0 : 1) - (b.from === id ? 0 : 1) ||
        label(a.from === id ? a.to : a.from).localeCompare(label(b.from === id ? b.to : b.from));
    });
    add(panelBody, "h2", null, "Relations (" + related.length + ")");
    if (!related.length) { add(panelBody, "p", "meta", "none"); }
    related.forEach(function (e) {
      var details = add(panelBody, "details", edgeHidden.get(e.id) ? "off" : null);
      details.open = related.length <= 12;
      var summary = add(details, "summary");
      var outgoing = e.from === id;
      if (!outgoing) { add(summary, "span", null, symmetric.has(e.label) ? "\u2194 " : "\u2190 "); }
      predicateTag(summary, e);
      add(summary, "span", null, outgoing ? arrow(e) : " ");
      nodeLink(summary, outgoing ? e.to : e.from);
      add(summary, "span", "n", " " + plural(e.evidence.length, "sentence") +
        (edgeHidden.get(e.id) ? ", hidden by the filters" : ""));
      evidenceList(details, e);
    });

    if (n.figures) {
      add(panelBody, "h2", null, "Figures");
      var figures = add(panelBody, "ul", "figures");
      n.figures.forEach(function (f) {  // [kind, value, unit, date, sentence, doc]
        var item = add(figures, "li");
        add(item, "b", null, f[0] + ": ");
        add(item, "span", null, f[1] + (f[2] ? " " + f[2] : ""));
        if (f[3]) { add(item, "span", "meta", " \u00b7 " + f[3]); }
        if (f[4] !== null) { add(add(item, "div"), "q", null, data.sentences[f[4]]); }
        if (f[5] !== null) { add(item, "div", "meta", docText(f[5])); }
      });
    }

    add(panelBody, "h2", null, "Names (" + n.names.length + ")");
    var names = add(panelBody, "ul", "names");
    n.names.forEach(function (name) {
      var item = add(names, "li");
      add(item, "span", null, name[0]);
      if (name[1]) { add(item, "span", "lang", name[1]); }
    });
    curationSection(panelBody, n);
    if (actions) {
      actionForm(panelBody, [
        ["Reject entity", "reject-entity", function () { return [["entity", id]]; }, null],
        ["Rename", "rename", function (v) { return [["entity", id], ["label", v]]; }, "new name"],
        ["Merge into", "merge", function (v) { return [["entity", id], ["into", v]]; }, "the entity kept (a name)"]
      ]);
    }
    openPanel();
  }

  function showEdge(id) {
    var e = edgeById.get(id);
    panelBody.textContent = "";
    var title = add(panelBody, "h2", "title");
    nodeLink(title, e.from);
    add(title, "span", null, arrow(e));
    nodeLink(title, e.to);
    predicateTag(add(panelBody, "p", "type"), e);
    add(panelBody, "h2", null, plural(e.evidence.length, "sentence"));
    evidenceList(panelBody, e);
    curationSection(panelBody, e);
    if (actions) {
      actionForm(panelBody, [["Reject relation", "reject-relation", function () {
        return [["subject", e.from], ["predicate", e.label], ["object", e.to]];
      }, null]]);
    }
    openPanel();
  }

  function select(id) {
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), 1),
                       animation: {duration: 400, easingFunction: "easeInOutQuad"}});
    showNode(id);
  }
  network.on("click", function (p) {
    if (p.nodes.length) { showNode(p.nodes[0]); }
    else if (p.edges.length) { showEdge(p.edges[0]); }
    else { closePanel(); }
  });
  $("panel-close").addEventListener("click", function () { closePanel(); network.unselectAll(); });

  // ---- search: any name in any language, case- and accent-insensitive
  function fold(text) { return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  var entries = [], seen = new Set(), list = $("names");
  data.nodes.forEach(function (n) {
    var mine = new Set();
    [n.label].concat(n.names.map(function (name) { return name[0]; })).forEach(function (name) {
      var key = fold(name);
      if (!mine.has(key)) { mine.add(key); entries.push([n.id, key]); }
      if (!seen.has(name)) {
        seen.add(name);
        add(list, "option").value = name;
      }
    });
  });
  function find(query) {
    var q = fold(query.trim()), rank = new Map();
    if (!q) { return []; }
    entries.forEach(function (entry) {
      var at = entry[1].indexOf(q);
      if (at < 0) { return; }
      var r = entry[1] === q ? 0 : at === 0 ? 1 : 2;
      if (!rank.has(entry[0]) || r < rank.get(entry[0])) { rank.set(entry[0], r); }
    });
    return Array.from(rank.keys()).sort(function (a, b) {
      return rank.get(a) - rank.get(b) || incident.get(b).length - incident.get(a).length ||
        (a < b ? -1 : a > b ? 1 : 0);
    });
  }
  var matches = [], hiddenMatches = 0, position = -1, last = null;
  function go(step) {
    if (search.value !== last) {
      last = search.value;
      var all = find(last);
      matches = all.filter(function (id) { return !nodeHidden.get(id); });
      hiddenMatches = all.length - matches.length;
      position = -1;
    }
    var hiddenNote = hiddenMatches ? " (" + hiddenMatches + " hidden by the filters)" : "";
    if (!matches.length) {
      status.textContent = last.trim() ? "no match" + hiddenNote : "";
      return;
    }
    position = (position + step + matches.length) % matches.length;
    select(matches[position]);
    status.textContent = (position + 1) + " / " + matches.length + hiddenNote +
      (matches.length > 1 ? " \u2014 Enter: next" : "");
  }
  search.addEventListener("input", function () {
    var count = search.value.trim() ? find(search.value).length : 0;
    last = null;
    status.textContent = search.value.trim() ? (count ? plural(count, "match") + " \u2014 Enter" : "no match") : "";
  });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      event.preventDefault();
      go(event.shiftKey ? -1 : 1);
    } else if (event.key === "Escape") {
      search.value = "";
      status.textContent = "";
      last = null;
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !panel.hidden && event.target !== search) { closePanel(); network.unselectAll(); }
  });
}());

// Search as you type: asks /-/lookup and lists the entries.
(function () {
  const input = document.getElementById("glossary-q");
  if (!input) return;  // another page (annotate): without this the error stops the whole script
  const kind = document.getElementById("glossary-kind");
  const list = document.getElementById("glossary-results");
  const status = document.getElementById("glossary-status");
  let timer = null;
  let latest = 0;

  function element(tag, attrs, text) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (text) node.textContent = text;
    return node;
  }

  function render(results) {
    list.replaceChildren();
    results.forEach((hit) => {
      const item = element("li", { "data-id": hit.id });
      item.append(element("a", { href: hit.url, lang: "vi" }, hit.vi));
      item.append(element("span", { class: "zh", lang: "zh-Hans" }, hit.zh));
      if (hit.zh_hant && hit.zh_hant !== hit.zh) item.append(element("span", { class: "zh", lang: "zh-Hant" }, hit.zh_hant));
      const meta = element("span", { class: "meta" });
      meta.append(element("span", { class: "pinyin" }, hit.pinyin + " · " + hit.kind + " "));
      meta.append(element("span", { class: "status status-" + hit.status }, hit.status));
      const others = hit.variants.map((v) => v.vi).join(", ");
      if (others) meta.append(element("span", {}, " · also " + others));
      item.append(meta);
      list.append(item);
    });
  }

  async function search() {
    const q = input.value.trim();
    const ticket = ++latest;
    if (!q) { list.replaceChildren(); status.textContent = ""; return; }
    const params = new URLSearchParams({ q: q, limit: "20" });
    if (kind.value) params.set("kind", kind.value);
    const response = await fetch("/-/lookup?" + params);
    const body = await response.json();
    if (ticket !== latest) return;  // a newer query has been sent
    if (!body.ok) { status.textContent = body.error; list.replaceChildren(); return; }
    status.textContent = body.results.length ? body.results.length + " found" : "Nothing found for “" + q + "”.";
    render(body.results);
  }

  function schedule() { clearTimeout(timer); timer = setTimeout(search, 120); }
  input.addEventListener("input", schedule);
  kind.addEventListener("change", schedule);
  if (input.value) schedule();
})();

// The annotate page: posts the text to /-/annotate, marks each mention, lists the names once.
(function () {
  const button = document.getElementById("annotate-go");
  if (!button) return;
  const source = document.getElementById("annotate-text");
  const output = document.getElementById("annotate-output");
  const table = document.getElementById("annotate-sheet");
  const status = document.getElementById("annotate-status");

  function cell(row, text, tag) {
    const node = document.createElement(tag || "td");
    node.textContent = text;
    row.append(node);
  }

  button.addEventListener("click", async () => {
    const text = source.value;
    status.textContent = "…";
    const response = await fetch("/-/annotate", { method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8" }, body: text });
    const body = await response.json();
    if (!body.ok) { status.textContent = body.error; return; }
    status.textContent = body.sheet.length + " names and terms";
    output.replaceChildren();
    let at = 0;
    body.mentions.forEach((m) => {
      if (m.start < at) return; // inside a composed mention already shown (trấn Bằng Tường ⊃ Bằng Tường)
      output.append(document.createTextNode(text.slice(at, m.start)));
      const mark = document.createElement("mark");
      mark.className = "status-" + m.status;
      mark.dataset.entry = m.entry_id;
      mark.textContent = text.slice(m.start, m.end);
      const also = (m.zh_other || []).length ? "also " + m.zh_other.join(", ") : "";
      mark.title = [m.zh, also, m.pinyin, m.status].filter(Boolean).join(" · ");
      const note = document.createElement("sup");
      note.lang = "zh-Hans";
      note.textContent = m.zh;
      output.append(mark, note);
      at = m.end;
    });
    output.append(document.createTextNode(text.slice(at)));
    table.replaceChildren();
    const head = document.createElement("tr");
    ["Vietnamese", "中文", "Pinyin", "English", "Status"].forEach((t) => cell(head, t, "th"));
    table.append(head);
    body.sheet.forEach((r) => {
      const row = document.createElement("tr");
      const zh = (r.zh_other || []).length ? r.zh + " (" + r.zh_other.join(", ") + ")" : r.zh; // 拉萨市 (拉萨)
      [r.vi, zh, r.pinyin, r.en, r.status].forEach((t) => cell(row, t || ""));
      table.append(row);
    });
  });
})();

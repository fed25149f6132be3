// Progressive: the chain head, live, by server-sent events (/events), and
// the revoke button through an injected EIP-1193 wallet (window.ethereum).
// Without a wallet the page shows the memoc command, and every page reads
// without this script.
"use strict";
(function () {
  if (!window.EventSource) return;
  const head = document.getElementById("head");
  const shown = head ? Number(head.textContent) : 0;
  const es = new EventSource("/events");
  es.addEventListener("head", function (e) {
    if (!head) return;
    head.textContent = e.data;
    const note = document.getElementById("live");
    if (note && Number(e.data) > shown) note.textContent = " · new blocks since this page was read: reload to see them";
  });
  es.addEventListener("unreachable", function (e) {
    const note = document.getElementById("live");
    if (note) note.textContent = " · the chain is unreachable (last block seen " + e.data + ")";
  });
  window.addEventListener("pagehide", function () { es.close(); });
})();
(function () {
  const eth = window.ethereum;
  const rows = document.querySelectorAll("tr.grant");
  if (!eth || typeof eth.request !== "function" || rows.length === 0) return;
  const owner = decodeURIComponent(location.pathname.split("/")[2] || "");
  rows.forEach(function (row) {
    const button = row.querySelector("button.revoke");
    if (!button) return;
    const out = row.querySelector(".result");
    button.hidden = false;
    button.addEventListener("click", async function () {
      button.disabled = true;
      out.textContent = "Asking your wallet…";
      try {
        const q = new URLSearchParams({ dataset: row.dataset.dataset, enclave: row.dataset.enclave });
        const r = await fetch("/owner/" + encodeURIComponent(owner) + "/revoke?" + q.toString(), { headers: { Accept: "application/json" } });
        const td = await r.json();
        if (!r.ok) throw new Error(td.error || "the dashboard refused");
        if (!td.relay) {
          out.textContent = "This dashboard relays nothing; revoke with: " + td.command;
          return;
        }
        const accounts = await eth.request({ method: "eth_requestAccounts" });
        const from = (accounts && accounts[0]) || owner;
        if (from.toLowerCase() !== owner.toLowerCase()) throw new Error("the wallet's account " + from + " is not this owner");
        const sig = await eth.request({ method: "eth_signTypedData_v4", params: [from, JSON.stringify(td.typedData)] });
        const p = await fetch("/owner/" + encodeURIComponent(owner) + "/revoke", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ dataset: row.dataset.dataset, enclave: row.dataset.enclave, nonce: td.nonce, deadline: td.deadline, signature: sig }),
        });
        const res = await p.json();
        if (!p.ok) throw new Error(res.error || "the relay failed");
        out.textContent = "Revoked at block " + res.block + " (transaction " + res.tx + ").";
        row.querySelector(".state").textContent = "revoked at block " + res.block;
        button.hidden = true;
      } catch (e) {
        out.textContent = "Not revoked: " + (e && e.message ? e.message : String(e));
        button.disabled = false;
      }
    });
  });
})();

// The language switch on every page: English ⇄ 中文.
//
// The English book is built at the root of the site and the Chinese one under `zh-CN/`, page
// for page at the same paths (`cargo workbook book` builds both). The link goes to this page in
// the other language; mdBook tells us where the book's root is (`path_to_root`) and which
// language this build is (`<html lang>`).
(function () {
    "use strict";
    const buttons = document.querySelector(".right-buttons");
    if (!buttons || typeof path_to_root === "undefined") {
        return;
    }
    const chinese = document.documentElement.lang === "zh-CN";
    const root = new URL(path_to_root || "./", location.href);
    const page = location.href.startsWith(root.href)
        ? location.href.slice(root.href.length)
        : "";
    const otherRoot = chinese ? new URL("../", root) : new URL("zh-CN/", root);
    const link = document.createElement("a");
    link.className = "lang-switch";
    link.href = new URL(page, otherRoot).href;
    link.lang = chinese ? "en" : "zh-CN";
    link.hreflang = link.lang;
    link.textContent = chinese ? "English" : "中文";
    link.title = chinese ? "Read this page in English" : "阅读本页的中文版";
    buttons.prepend(link);
})();

<#ftl output_format="HTML">
<div class="prose">${content.body?no_esc}</div>
<p class="actions"><a class="button" href="/${lang}/index.html">${l.t(lang, "navHome")}</a> <a href="${l.page(lang, "paths")}">${l.t(lang, "allPaths")}</a></p>

<#ftl output_format="HTML">
<#-- The API sends a form posted without JavaScript here, with ?status=<the answer's status>;
     hub.js shows the line for that status, the page's text says the rest. -->
<#list ["enrolled", "waitlisted"] as status>
<p class="notice status-line" data-status="${status}" hidden>${l.t(lang, "thanks." + status)}</p>
</#list>
<div class="prose">${content.body?no_esc}</div>
<p class="actions"><a class="button" href="/${lang}/index.html">${l.t(lang, "navHome")}</a> <a href="${l.page(lang, "paths")}">${l.t(lang, "allPaths")}</a></p>

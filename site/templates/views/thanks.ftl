<#ftl output_format="HTML">
<#-- The API sends a form posted without JavaScript here, with ?status=<the answer's status>;
     hub.js shows the line for that status, the page's text says the rest. -->
<#assign statuses = {
  "en": {"enrolled": "You have a seat in the cohort. Your personal link is on its way by email.",
         "waitlisted": "The cohort is full: you are on its waiting list, and we will write to you as soon as a seat opens."},
  "fr": {"enrolled": "Vous avez une place dans la cohorte. Votre lien personnel arrive par e-mail.",
         "waitlisted": "La cohorte est complète : vous êtes sur sa liste d’attente, et nous vous écrirons dès qu’une place se libère."}
}[lang]>
<#list statuses?keys as status>
<p class="notice status-line" data-status="${status}" hidden>${statuses[status]}</p>
</#list>
<div class="prose">${content.body?no_esc}</div>
<p class="actions"><a class="button" href="/${lang}/index.html">${l.t(lang, "navHome")}</a> <a href="${l.page(lang, "paths")}">${l.t(lang, "allPaths")}</a></p>

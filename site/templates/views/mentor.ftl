<#ftl output_format="HTML">
<#-- The mentor profile has one editor: the mentoring page of the team's workspace. This page,
     linked from the footer and from older mails, leads there. -->
<#assign mentorPage = {"en": "/en/staff/mentor.html", "fr": "/fr/staff/espace-mentor.html"}>
<#assign c = {
  "en": {"moved": "Mentors keep their profile, their mentees and their 1:1s on the mentoring page.", "go": "Open the mentoring page"},
  "fr": {"moved": "Les mentors tiennent leur profil, leurs mentorés et leurs rendez-⁠vous dans l’espace de mentorat.", "go": "Ouvrir l’espace de mentorat"}
}>
<section class="prose">
  <p>${c[lang].moved}</p>
  <p><a class="button" href="${mentorPage[lang]}">${c[lang].go}</a></p>
</section>

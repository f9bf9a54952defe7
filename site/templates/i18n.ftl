<#-- Every text of the site's pages, in English and French: the message catalogue of
     site/messages/*.json, merged by the bake (language → key → text). Included by layout.ftl. -->
<#assign strings = config.messages>

<#-- The structural pages of each language (content/<lang>/*.md, type=page), by view. -->
<#assign pageSlugs = {
  "en": {"paths": "paths", "guides": "guides", "authors": "authors", "about": "about-the-lcm-role",
         "checkin": "check-in", "mentor": "mentor-profile", "thanks": "thanks", "error": "error",
         "me": "me", "left": "left", "linkSent": "link-sent", "checkinSaved": "check-in-saved", "signedUp": "signed-up",
         "signin": "staff-sign-in", "staff": "staff/index"},
  "fr": {"paths": "parcours", "guides": "guides", "authors": "auteurs", "about": "a-propos-du-role-lcm",
         "checkin": "point-d-etape", "mentor": "profil-mentor", "thanks": "merci", "error": "erreur",
         "me": "me", "left": "depart", "linkSent": "lien-envoye", "checkinSaved": "point-d-etape-enregistre", "signedUp": "inscription",
         "signin": "connexion-equipe", "staff": "staff/index"}
}>

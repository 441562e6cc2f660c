appearance-title = Langue et apparence
appearance-description = Les deux changent aussitôt et sont gardés pour la prochaine fois.
appearance-language = Langue
appearance-theme = Couleurs
appearance-theme-system = Comme cet ordinateur (clair ou sombre)
appearance-theme-light = Clair
appearance-theme-dark = Sombre

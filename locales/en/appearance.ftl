appearance-title = Language and appearance
appearance-description = Both change at once and are kept for next time.
appearance-language = Language
appearance-theme = Colours
appearance-theme-system = Like this computer (light or dark)
appearance-theme-light = Light
appearance-theme-dark = Dark

# Les dates telles que Rust les écrit dans une phrase (words.rs `date`, `day`) : « lundi 7 décembre 2026 »,
# « mar. 24 nov. 2026 ». `$weekday` et `$month` sont les mots `dates-weekday…` et `dates-month…`.

dates-date = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
dates-day = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month }

dates-weekday = { $weekday ->
        [1] lundi
        [2] mardi
        [3] mercredi
        [4] jeudi
        [5] vendredi
        [6] samedi
       *[7] dimanche
    }
dates-weekday-short = { $weekday ->
        [1] lun.
        [2] mar.
        [3] mer.
        [4] jeu.
        [5] ven.
        [6] sam.
       *[7] dim.
    }
dates-month = { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    }
dates-month-short = { $month ->
        [1] janv.
        [2] févr.
        [3] mars
        [4] avr.
        [5] mai
        [6] juin
        [7] juil.
        [8] août
        [9] sept.
        [10] oct.
        [11] nov.
       *[12] déc.
    }

# Un jour et une heure sur 24 heures : « mar. 24 nov. 2026, 15:00 ».
dates-day-time = { $day }, { $time }
# La même chose dans une colonne de liste : « mar. 24 nov. 15:00 ».
dates-day-time-compact = { $day } { $time }
# Une heure de début choisie dans un fuseau (when.rs), avec son heure UTC.
dates-start = { $day }, { $time } { $zone } ({ $utc } UTC)
dates-start-other-utc-day = { $day }, { $time } { $zone } ({ $utc } UTC le { $utcday })
dates-start-happens-twice = { $start }. On passe à l'heure d'hiver cette nuit-là : { $time } existe deux fois, c'est la première, à UTC{ $offset }
# Une heure à l'horloge de la personne appelée (calling.rs `callee_clock`).
dates-callee-clock-unknown-zone = { $clock } UTC
dates-callee-clock-zones = { $clock }, { $zones }
dates-callee-clock-or = { $first } ou { $second }
dates-callee-clock-each = { $clock } { $zone }

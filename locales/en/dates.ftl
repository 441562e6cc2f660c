# Dates as Rust writes them in sentences (words.rs `date`, `day`): "Monday 7 December 2026",
# "Tue 24 Nov 2026". `$weekday` and `$month` are `dates-weekday…` and `dates-month…` words.

dates-date = { $weekday } { $day } { $month } { $year }
dates-day = { $weekday } { $day } { $month }

dates-weekday = { $weekday ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }
dates-weekday-short = { $weekday ->
        [1] Mon
        [2] Tue
        [3] Wed
        [4] Thu
        [5] Fri
        [6] Sat
       *[7] Sun
    }
dates-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
dates-month-short = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }

# A day and a 24-hour time: "Tue 24 Nov 2026, 15:00".
dates-day-time = { $day }, { $time }
# The same in a column of a list: "Tue 24 Nov 15:00".
dates-day-time-compact = { $day } { $time }
# A start time chosen in a zone (when.rs), with its time in UTC.
dates-start = { $day }, { $time } { $zone } ({ $utc } UTC)
dates-start-other-utc-day = { $day }, { $time } { $zone } ({ $utc } UTC on { $utcday })
dates-start-happens-twice = { $start }. The clocks go back that night, so { $time } happens twice: this is the first one, at UTC{ $offset }
# A moment on the clock of the person called (calling.rs `callee_clock`).
dates-callee-clock-unknown-zone = { $clock } UTC
dates-callee-clock-zones = { $clock }, { $zones }
dates-callee-clock-or = { $first } or { $second }
dates-callee-clock-each = { $clock } { $zone }

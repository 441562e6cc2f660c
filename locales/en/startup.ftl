# The screen shown instead of the app when Callboard could not open its files
# (ui/src/screens/startup-problem).

startup-title = Callboard could not start
startup-folder = Callboard keeps its files (your settings and the history of what was sent) in
startup-close = Close this window when you are done, then open Callboard again.

# L'écran affiché à la place de l'application quand Callboard n'a pas pu ouvrir ses fichiers.

startup-title = Callboard n'a pas pu démarrer
startup-folder = Callboard conserve ses fichiers (vos paramètres et l'historique de ce qui a été envoyé) dans
startup-close = Fermez cette fenêtre quand vous avez terminé, puis rouvrez Callboard.

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>AddField</name>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="233" />
      <source>Add to the list: type a few letters of a name, Enter</source>
      <translation>Inscrire : tapez quelques lettres d’un nom, puis Entrée</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="234" />
      <source>Group statement: who speaks? Then the group, Enter</source>
      <translation>Déclaration de groupe : qui parle ? Puis le groupe, Entrée</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="337" />
      <source>Nobody was added: “{text}” matches no participant.</source>
      <translation>Personne n’a été inscrit : « {text} » ne correspond à aucun participant.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="149" />
      <source>On behalf of (e.g. the African Group)</source>
      <translation>Au nom de (p. ex. le Groupe des États d’Afrique)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="348" />
      <source>On behalf of which group? Type it and press Enter.</source>
      <translation>Au nom de quel groupe ? Tapez-le puis Entrée.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="237" />
      <source>Point of order: who raises it? Enter gives the floor at once</source>
      <translation>Motion d’ordre : qui la soulève ? Entrée donne la parole aussitôt</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="354" />
      <source>Point of order: {name} has the floor.</source>
      <translation>Motion d’ordre : {name} a la parole.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="235" />
      <source>Question to the panel: who asks? Enter</source>
      <translation>Question aux intervenants : qui la pose ? Entrée</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="236" />
      <source>Right of reply: who asks for it? Enter</source>
      <translation>Droit de réponse : qui le demande ? Entrée</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="169" />
      <source>Statement</source>
      <translation>Déclaration</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="318" />
      <source>Type a few letters of a name first.</source>
      <translation>Tapez d’abord quelques lettres d’un nom.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="357" />
      <source>{name} is inscribed, number {n} on the list.</source>
      <translation>{name} est inscrit(e), n° {n} sur la liste.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="324" />
      <source>“{text}” could be {a} or {b}: choose with ↓ and Enter, or type more.</source>
      <translation>« {text} » peut être {a} ou {b} : choisissez avec ↓ et Entrée, ou tapez davantage.</translation>
    </message>
  </context>
  <context>
    <name>AddParticipant</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="90" />
      <source>&amp;Category:</source>
      <translation>&amp;Catégorie :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="56" />
      <source>A participant of this meeting who is not on the roster. The name in English is needed; names in the other languages are shown when the display is in that language.</source>
      <translation>Un participant à cette séance qui ne figure pas dans la liste de référence. Le nom en anglais est obligatoire ; les noms dans les autres langues s’affichent lorsque l’écran est dans cette langue.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="51" />
      <source>Add a participant</source>
      <translation>Ajouter un participant</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation type="vanished">Président(e)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="135" />
      <source>Choose the kind of participant: the name does not tell.</source>
      <translation>Choisissez la catégorie du participant : le nom ne l’indique pas.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="83" />
      <source>Choose: what kind of participant?</source>
      <translation>Choisir : quel type de participant ?</translation>
    </message>
    <message>
      <source>Civil society organization</source>
      <translation type="vanished">Organisation de la société civile</translation>
    </message>
    <message>
      <source>Intergovernmental observer (African Union, ICRC …)</source>
      <translation type="vanished">Observateur intergouvernemental (Union africaine, CICR…)</translation>
    </message>
    <message>
      <source>Member State</source>
      <translation type="vanished">État Membre</translation>
    </message>
    <message>
      <source>Moderator</source>
      <translation type="vanished">Modérateur(trice)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="76" />
      <source>Name in English (required):</source>
      <translation>Nom en anglais (obligatoire) :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="60" />
      <source>No participant on the roster matches “{name}”. Add it to this meeting?</source>
      <translation>Aucun participant de la liste de référence ne correspond à « {name} ». L’ajouter à cette séance ?</translation>
    </message>
    <message>
      <source>Observer State</source>
      <translation type="vanished">État observateur</translation>
    </message>
    <message>
      <source>Other</source>
      <translation type="vanished">Autre</translation>
    </message>
    <message>
      <source>Panellist</source>
      <translation type="vanished">Intervenant(e)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="154" />
      <source>The participant was not added.</source>
      <translation>Le participant n’a pas été ajouté.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="127" />
      <source>Type the name in English.</source>
      <translation>Tapez le nom en anglais.</translation>
    </message>
    <message>
      <source>UN system entity</source>
      <translation type="vanished">Entité des Nations Unies</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="131" />
      <source>“{name}” is already a participant ({english}): add it to the list by typing its name.</source>
      <translation>« {name} » est déjà un participant ({english}) : inscrivez-le en tapant son nom.</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="37" />
      <source>&amp;New meeting from a programme…</source>
      <translation>&amp;Nouvelle séance à partir d’un programme…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="36" />
      <source>&amp;Open another meeting…</source>
      <translation>&amp;Ouvrir une autre séance…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="220" />
      <source>Connected to the meeting again; {n} actions caught up.</source>
      <translation>Reconnecté à la séance ; {n} actions rattrapées.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="73" />
      <source>Keep the meeting in</source>
      <translation>Enregistrer la séance dans</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="73" />
      <source>Meetings (*.floor)</source>
      <translation>Séances (*.floor)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="63" />
      <source>Meetings (*.floor);;All files (*)</source>
      <translation>Séances (*.floor);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="67" />
      <source>New meeting from a programme</source>
      <translation>Nouvelle séance à partir d’un programme</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="92" />
      <source>No such meeting</source>
      <translation>Séance introuvable</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="62" />
      <source>Open a meeting</source>
      <translation>Ouvrir une séance</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="94" />
      <source>Open an existing meeting, or create one from a programme file.</source>
      <translation>Ouvrez une séance existante ou créez-en une à partir d’un fichier de programme.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="68" />
      <source>Programmes (*.toml);;All files (*)</source>
      <translation>Programmes (*.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="104" />
      <location filename="../../floorapp/gui/app.py" line="106" />
      <source>The meeting database cannot be used</source>
      <translation>La base de données de la séance est inutilisable</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_files.py" line="83" />
      <source>The programme file cannot be read</source>
      <translation>Le fichier de programme est illisible</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_files.py" line="81" />
      <source>The programme file has problems</source>
      <translation>Le fichier de programme comporte des problèmes</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="93" />
      <source>There is no meeting database at {path}.</source>
      <translation>Il n’y a pas de base de données de séance à l’emplacement {path}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="50" />
      <source>{n} problems in all; see the details.</source>
      <translation>
        <numerusform>{n} problème en tout ; voir les détails.</numerusform>
        <numerusform>{n} problèmes en tout ; voir les détails.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Console</name>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="298" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="299" />
      <source>&amp;Stay</source>
      <translation>&amp;Rester</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/connection_banner.py" line="41" />
      <source>Connection to the meeting lost since {time} — retrying…</source>
      <translation>Connexion à la séance perdue depuis {time} — nouvelle tentative…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="80" />
      <source>Ctrl+M turns the sound cues on.</source>
      <translation>Ctrl+M rétablit les signaux sonores.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="88" />
      <source>Ignored a second “next” within a second of the first.</source>
      <translation>Second « suivant » ignoré, moins d’une seconde après le premier.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="60" />
      <source>Keep the meeting in</source>
      <translation>Enregistrer la séance dans</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="122" />
      <source>List of speakers</source>
      <translation>Liste des orateurs</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="123" />
      <source>Log and notes</source>
      <translation>Journal et notes</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="61" />
      <source>Meetings (*.floor)</source>
      <translation>Séances (*.floor)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="49" />
      <source>Meetings (*.floor);;All files (*)</source>
      <translation>Séances (*.floor);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/appearance.py" line="100" />
      <source>Names are shown in the new language; menus follow at the next start.</source>
      <translation>Les noms s’affichent dans la nouvelle langue ; les menus suivront au prochain démarrage.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="56" />
      <source>New meeting from a programme</source>
      <translation>Nouvelle séance à partir d’un programme</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="72" />
      <source>No audio output.</source>
      <translation>Aucune sortie audio.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="271" />
      <source>No export is available yet</source>
      <translation>Aucune exportation disponible pour l’instant</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="155" />
      <source>Nobody is marked absent.</source>
      <translation>Personne n’est marqué absent.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="57" />
      <source>Not done: {reason}</source>
      <translation>Non effectué : {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="295" />
      <source>Nothing is lost: the turn goes on in the meeting's record, and when the meeting is opened again the countdown shows the time as it then stands.</source>
      <translation>Rien n’est perdu : l’intervention continue dans le registre de la séance, et à la réouverture de la séance le compte à rebours affiche le temps tel qu’il sera alors.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="49" />
      <source>Open a meeting</source>
      <translation>Ouvrir une séance</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="121" />
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="56" />
      <source>Programmes (*.toml);;All files (*)</source>
      <translation>Fichiers de programme (*.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="286" />
      <source>Quit Floor?</source>
      <translation>Quitter Floor ?</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="110" />
      <source>Redone.</source>
      <translation>Rétabli.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="130" />
      <source>Select a request in the list first (Ctrl+2, then the arrows).</source>
      <translation>Choisissez d’abord une demande dans la liste (Ctrl+2, puis les flèches).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="116" />
      <source>Sound cues muted.</source>
      <translation>Signaux sonores coupés.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="116" />
      <source>Sound cues on.</source>
      <translation>Signaux sonores activés.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/live.py" line="52" />
      <source>The connection to the meeting is lost since {time}: nothing was done. Floor is reconnecting; try again when it is back.</source>
      <translation>La connexion à la séance est perdue depuis {time} : rien n’a été fait. Floor se reconnecte ; réessayez quand elle sera rétablie.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="95" />
      <source>The floor is given to {name}.</source>
      <translation>La parole est donnée à {name}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="64" />
      <source>The last action was not recorded.</source>
      <translation>La dernière action n’a pas été enregistrée.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="165" />
      <source>The list is open again.</source>
      <translation>La liste est rouverte.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="164" />
      <source>The list of speakers is closed.</source>
      <translation>La liste des orateurs est close.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="63" />
      <source>The meeting database failed</source>
      <translation>La base de données de la séance a échoué</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="76" />
      <source>The programme editor is not available.</source>
      <translation>L’éditeur de programme n’est pas disponible.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="147" />
      <source>The request is already at that end of the list.</source>
      <translation>La demande est déjà à cette extrémité de la liste.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="251" />
      <source>The speaker display is not available.</source>
      <translation>L’écran des orateurs n’est pas disponible.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="105" />
      <source>Undone. Redo with Ctrl+Shift+Z.</source>
      <translation>Annulé. Rétablir avec Ctrl+Maj+Z.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="80" />
      <source>cues muted</source>
      <translation>signaux coupés</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="78" />
      <source>no sound: cues are visual only</source>
      <translation>pas de son : signaux visuels seulement</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="287" />
      <source>{name} has the floor.</source>
      <translation>{name} a la parole.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="97" />
      <source>{name} was added; type the name to inscribe it.</source>
      <translation>{name} a été ajouté ; tapez le nom pour l’inscrire.</translation>
    </message>
  </context>
  <context>
    <name>Cues</name>
    <message>
      <location filename="../../floorapp/cues/check.py" line="164" />
      <source> (default)</source>
      <translation> (par défaut)</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="179" />
      <source>(The cues are muted in the app; the sound check plays them anyway.)</source>
      <translation>(Les signaux sont coupés dans l’application ; le test du son les joue quand même.)</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="122" />
      <source>Audio output</source>
      <translation>Sortie audio</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="65" />
      <source>Built-in</source>
      <translation>Intégré</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="63" />
      <source>Choose file…</source>
      <translation>Choisir un fichier…</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="125" />
      <source>Cues</source>
      <translation>Signaux</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="190" />
      <source>Done: {n} cues played.</source>
      <translation>Terminé : {n} signaux joués.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="174" />
      <source>Every cue is turned off in the settings: nothing to play.</source>
      <translation>Tous les signaux sont désactivés dans les paramètres : rien à jouer.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="67" />
      <source>Go back to Floor's own sound for this cue.</source>
      <translation>Revenir au son de Floor pour ce signal.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="100" />
      <source>Mute sound cues</source>
      <translation>Couper les signaux sonores</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="167" />
      <source>No audio output was found.</source>
      <translation>Aucune sortie audio n’a été trouvée.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="164" />
      <source>No audio output was found: cues are visual only.</source>
      <translation>Aucune sortie audio n’a été trouvée : les signaux sont seulement visuels.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="189" />
      <source>Not played (turned off): {cue}</source>
      <translation>Non joué (désactivé) : {cue}</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="54" />
      <source>Overrun reminder</source>
      <translation>Rappel de dépassement</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="104" />
      <source>Play every cue that is on, in order, to test the room's sound.</source>
      <translation>Jouer dans l’ordre chaque signal activé, pour tester le son de la salle.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="181" />
      <location filename="../../floorapp/cues/settings_widget.py" line="279" />
      <source>Playing: {cue} ({file})</source>
      <translation>Lecture : {cue} ({file})</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="57" />
      <source>Point of order</source>
      <translation>Motion d’ordre</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="68" />
      <source>Preview</source>
      <translation>Écouter</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="122" />
      <source>Qt Multimedia cannot be loaded ({error}): cues are visual only. On Linux it needs the libpulse0 package.</source>
      <translation>Impossible de charger Qt Multimedia ({error}) : les signaux sont seulement visuels. Sous Linux, il faut le paquet libpulse0.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="240" />
      <source>Reading {file}…</source>
      <translation>Lecture de {file}…</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="55" />
      <source>Repeated at the reminder interval while a speaker is over time.</source>
      <translation>Répété à l’intervalle de rappel tant qu’un orateur dépasse son temps.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/cues_hook.py" line="54" />
      <source>Sound &amp;cues…</source>
      <translation>Signaux &amp;sonores…</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="102" />
      <location filename="../../floorapp/cues/settings_widget.py" line="283" />
      <source>Sound check</source>
      <translation>Test du son</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="284" />
      <source>Sound check done: {n} cues played.</source>
      <translation>Test du son terminé : {n} signaux joués.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="177" />
      <source>Sound check on {output}:</source>
      <translation>Test du son sur {output} :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/cues_hook.py" line="88" />
      <location filename="../../floorapp/gui/cues_hook.py" line="50" />
      <source>Sound cues</source>
      <translation>Signaux sonores</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="232" />
      <source>Sound for “{cue}”</source>
      <translation>Son de « {cue} »</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="47" />
      <source>Sounds (*.wav *.mp3 *.ogg *.flac);;All files (*)</source>
      <translation>Sons (*.wav *.mp3 *.ogg *.flac);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="274" />
      <source>Stop sound check</source>
      <translation>Arrêter le test du son</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="170" />
      <source>System default</source>
      <translation>Par défaut du système</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="71" />
      <source>The audio output “{name}” was not found; the cues play on {fallback}.</source>
      <translation>La sortie audio « {name} » est introuvable ; les signaux sont joués sur {fallback}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="52" />
      <source>Time is up</source>
      <translation>Temps écoulé</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="123" />
      <source>Volume</source>
      <translation>Volume</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="50" />
      <source>Warning</source>
      <translation>Avertissement</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="58" />
      <source>When a point of order takes the floor.</source>
      <translation>Quand une motion d’ordre prend la parole.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="53" />
      <source>When the speaker's time is up.</source>
      <translation>Quand le temps de l’orateur est écoulé.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="51" />
      <source>When the warning time is reached (e.g. 30 s left).</source>
      <translation>Quand le temps d’avertissement est atteint (p. ex. 30 s restantes).</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="186" />
      <source>built-in sound</source>
      <translation>son intégré</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="54" />
      <source>overrun reminder</source>
      <translation>rappel de dépassement</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="57" />
      <source>point of order</source>
      <translation>motion d’ordre</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="52" />
      <source>time is up</source>
      <translation>temps écoulé</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="50" />
      <source>warning</source>
      <translation>avertissement</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="217" />
      <source>{file}: the sound for “{cue}” cannot be played.</source>
      <translation>{file} : le son de « {cue} » ne peut pas être joué.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="222" />
      <source>{file}: the sound for “{cue}” cannot be played; the previous sound is kept.</source>
      <translation>{file} : le son de « {cue} » ne peut pas être joué ; le son précédent est conservé.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="175" />
      <source>{name} (not connected)</source>
      <translation>{name} (non connecté)</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="181" />
      <source>{n} %</source>
      <translation>{n} %</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="248" />
      <source>“{cue}” now plays {file}.</source>
      <translation>« {cue} » joue maintenant {file}.</translation>
    </message>
  </context>
  <context>
    <name>CurrentView</name>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="113" />
      <source>Ctrl+N gives the floor</source>
      <translation>Ctrl+N donne la parole</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="172" />
      <source>Limit {limit}</source>
      <translation>Temps de parole {limit}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="166" />
      <source>Limit {limit}, extended by {ext}</source>
      <translation>Limite {limit}, prolongée de {ext}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="169" />
      <source>Limit {limit}, shortened by {ext}</source>
      <translation>Limite {limit}, réduite de {ext}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="110" />
      <source>Next: {name}</source>
      <translation>Suivant : {name}</translation>
    </message>
    <message>
      <source>Nobody has the floor</source>
      <translation type="vanished">Personne n’a la parole</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="112" />
      <source>Nobody is waiting</source>
      <translation>Personne n’attend</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="175" />
      <source>Space or Ctrl+Space resumes</source>
      <translation>Espace ou Ctrl+Espace pour reprendre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="114" />
      <source>Type a name to inscribe it (Ctrl+L)</source>
      <translation>Tapez un nom pour l’inscrire (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="121" />
      <source>interrupting {name} (their time is paused)</source>
      <translation>interrompt {name} (son temps est suspendu)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="173" />
      <source>spoken {t}</source>
      <translation>parlé {t}</translation>
    </message>
    <message>
      <source>{sign}{ext} extension</source>
      <translation type="vanished">prolongation {sign}{ext}</translation>
    </message>
  </context>
  <context>
    <name>Durations</name>
    <message>
      <location filename="../../floorapp/gui/durations.py" line="79" />
      <source>Minutes and seconds, as 3:00; the arrows step by 15 seconds.</source>
      <translation>Minutes et secondes, p. ex. 3:00 ; les flèches avancent de 15 secondes.</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="21" />
      <source>Attributed record (PDF)</source>
      <translation>Compte rendu nominatif (PDF)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="20" />
      <source>Attributed record (Word)</source>
      <translation>Compte rendu nominatif (Word)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="169" />
      <location filename="../../floorapp/gui/export_worker.py" line="152" />
      <source>Export failed</source>
      <translation>Échec de l’exportation</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="135" />
      <source>Export to</source>
      <translation>Exporter vers</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="164" />
      <source>Exported to {path}</source>
      <translation>Exporté vers {path}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="144" />
      <source>Exporting…</source>
      <translation>Exportation…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_dialog.py" line="39" />
      <source>Language:</source>
      <translation>Langue :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="25" />
      <source>List of speakers (PDF)</source>
      <translation>Liste des orateurs (PDF)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="22" />
      <source>Log (CSV spreadsheet)</source>
      <translation>Journal (tableur CSV)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="23" />
      <source>Log (JSON)</source>
      <translation>Journal (JSON)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="24" />
      <source>Log (Markdown)</source>
      <translation>Journal (Markdown)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="19" />
      <source>President's Summary (PDF)</source>
      <translation>Résumé du Président (PDF)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="18" />
      <source>President's Summary (Word)</source>
      <translation>Résumé du Président (Word)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_dialog.py" line="49" />
      <source>Segment:</source>
      <translation>Partie :</translation>
    </message>
  </context>
  <context>
    <name>HelpOverlay</name>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="35" />
      <location filename="../../floorapp/gui/console/help_overlay.py" line="36" />
      <source>Enter</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="55" />
      <source>Esc or F1 closes this panel.</source>
      <translation>Échap ou F1 ferme ce panneau.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="33" />
      <source>In the add field: move in the list</source>
      <translation>Dans le champ d’ajout : se déplacer dans la liste</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="32" />
      <source>In the add field: on behalf of…</source>
      <translation>Dans le champ d’ajout : au nom de…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="30" />
      <source>In the add field: {kind}</source>
      <translation>Dans le champ d’ajout : {kind}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="36" />
      <source>In the log: write notes on the intervention</source>
      <translation>Dans le journal : écrire des notes sur l’intervention</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="37" />
      <source>In the notes: add the note</source>
      <translation>Dans les notes : ajouter la note</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="35" />
      <source>In the programme: open the segment</source>
      <translation>Dans le programme : ouvrir la partie</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="54" />
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="146" />
      <source>&amp;Accept: create the meeting…</source>
      <translation>&amp;Accepter : créer la séance…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="87" />
      <source>&amp;Change the text</source>
      <translation>&amp;Modifier le texte</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="81" />
      <source>&amp;Open a file…</source>
      <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="84" />
      <source>&amp;Propose</source>
      <translation>&amp;Proposer</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="117" />
      <source>&amp;Remove the selected row</source>
      <translation>&amp;Supprimer la ligne choisie</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="149" />
      <source>&amp;Save as a programme file…</source>
      <translation>&amp;Enregistrer comme fichier de programme…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="87" />
      <source>(not in the text)</source>
      <translation>(absent du texte)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="125" />
      <source>A programme needs at least one segment.</source>
      <translation>Le programme doit avoir au moins une partie.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="66" />
      <source>Chair</source>
      <translation>Présidence</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="228" />
      <source>Change the text, then press Propose again.</source>
      <translation>Modifiez le texte, puis appuyez de nouveau sur « Proposer ».</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="112" />
      <source>Changed by you</source>
      <translation>Modifié par vous</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="188" />
      <source>Click a field to see where it came from. Rows marked ⚠ were guessed: check them. Double-click a value to change it. Nothing is saved until you accept.</source>
      <translation>Cliquez sur un champ pour voir d’où il vient. Les lignes marquées ⚠ ont été devinées : vérifiez-les. Double-cliquez sur une valeur pour la changer. Rien n’est enregistré avant que vous acceptiez.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="196" />
      <source>Concept notes (*.txt *.docx *.pdf);;All files (*)</source>
      <translation>Notes de cadrage (*.txt *.docx *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="41" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="53" />
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="253" />
      <source>Every dated or timed part of the text is in the programme.</source>
      <translation>Toutes les parties datées ou horodatées du texte figurent dans le programme.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="105" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="105" />
      <source>From</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="40" />
      <source>Keep the meeting in</source>
      <translation>Enregistrer la séance dans</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="67" />
      <source>Keynote speaker</source>
      <translation>Orateur principal</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="56" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="47" />
      <source>Limit: {who}</source>
      <translation>Temps de parole : {who}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="39" />
      <source>Meeting</source>
      <translation>Séance</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="41" />
      <source>Meetings (*.floor)</source>
      <translation>Séances (*.floor)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="66" />
      <source>Moderator</source>
      <translation>Modération</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="50" />
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="74" />
      <source>New meeting from a concept note</source>
      <translation>Nouvelle séance à partir d’une note de cadrage</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="125" />
      <source>Not in the programme (check these parts of the text):</source>
      <translation>Absent du programme (vérifiez ces parties du texte) :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="52" />
      <source>Nothing was proposed yet.</source>
      <translation>Rien n’a encore été proposé.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="195" />
      <source>Open a concept note</source>
      <translation>Ouvrir une note de cadrage</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="67" />
      <source>Panellist</source>
      <translation>Intervenant(e)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="213" />
      <source>Paste the concept note first.</source>
      <translation>Collez d’abord la note de cadrage.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="97" />
      <source>Paste the concept note here.</source>
      <translation>Collez la note de cadrage ici.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="78" />
      <source>Paste the concept note or programme below, or open a file (.txt, .docx, .pdf), then press Propose.</source>
      <translation>Collez ci-dessous la note de cadrage ou le programme, ou ouvrez un fichier (.txt, .docx, .pdf), puis appuyez sur « Proposer ».</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="346" />
      <source>Programmes (*.toml)</source>
      <translation>Programmes (*.toml)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="105" />
      <source>Proposed value</source>
      <translation>Valeur proposée</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="345" />
      <source>Save the programme</source>
      <translation>Enregistrer le programme</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="50" />
      <source>Segment {n}</source>
      <translation>Partie {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="68" />
      <source>Speaker</source>
      <translation>Orateur</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="51" />
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="51" />
      <source>The programme could not be saved in {path}: {why}</source>
      <translation>Le programme n’a pas pu être enregistré dans {path} : {why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="62" />
      <source>Theme</source>
      <translation>Thème</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="304" />
      <source>This field cannot be removed; change its value instead.</source>
      <translation>Ce champ ne peut pas être supprimé ; changez plutôt sa valeur.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="44" />
      <source>Time zone</source>
      <translation>Fuseau horaire</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="40" />
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="55" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="97" />
      <source>Unsure: {why}</source>
      <translation>Incertain : {why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="43" />
      <source>Venue</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="86" />
      <source>line {n}</source>
      <translation>ligne {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="245" />
      <source>line {n}: {text} — {why}</source>
      <translation>ligne {n} : {text} — {why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="216" />
      <source>the pasted text</source>
      <translation>le texte collé</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="322" />
      <source>the programme</source>
      <translation>le programme</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="111" />
      <source>{where}: the kind is one of: {kinds}</source>
      <translation>{where} : le type est l’un de : {kinds}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="88" />
      <source>{where}: write minutes:seconds, such as 3:00</source>
      <translation>{where} : écrivez minutes:secondes, p. ex. 3:00</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="81" />
      <source>{where}: “{v}” is not a date; write it as 2012-04-03</source>
      <translation>{where} : « {v} » n’est pas une date ; écrivez-la sous la forme 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="99" />
      <source>{where}: “{v}” is not a time; write it as HH:MM on the 24-hour clock</source>
      <translation>{where} : « {v} » n’est pas une heure ; écrivez-la sous la forme HH:MM sur 24 heures</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="332" />
      <source>… and {n} more</source>
      <translation>… et {n} de plus</translation>
    </message>
  </context>
  <context>
    <name>ImportReasons</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="60" />
      <source>a 24-hour time was also marked am/pm</source>
      <translation>une heure sur 24 heures portait aussi am/pm</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="29" />
      <source>a cell of a grid under no time</source>
      <translation>une case de tableau sans heure</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="30" />
      <source>a deadline</source>
      <translation>une date limite</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="87" />
      <source>a note in brackets about another day</source>
      <translation>une note entre parenthèses sur un autre jour</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="46" />
      <source>a note on the hours (interpretation, webcast), not an item</source>
      <translation>une note sur les heures (interprétation, webdiffusion), pas un point du programme</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="83" />
      <source>a part whose items are listed inside it</source>
      <translation>une partie dont les points sont énumérés à l’intérieur</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="36" />
      <source>a place named in the text</source>
      <translation>un lieu cité dans le texte</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="31" />
      <source>a point in time among timed segments, not a segment</source>
      <translation>une heure isolée parmi des parties minutées, pas une partie</translation>
    </message>
    <message>
      <source>a point in time at the same time as the next</source>
      <translation type="vanished">une heure isolée identique à la suivante</translation>
    </message>
    <message>
      <source>a room named in the text</source>
      <translation type="vanished">une salle citée dans le texte</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="55" />
      <source>a theme named before any segment</source>
      <translation>un thème cité avant toute partie</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="39" />
      <source>a time alone, not a segment</source>
      <translation>une heure seule, pas une partie</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="76" />
      <source>a time in a sentence</source>
      <translation>une heure dans une phrase</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="75" />
      <source>a time in prose</source>
      <translation>une heure citée dans le texte courant</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="38" />
      <source>a time with no title after it (a column heading?)</source>
      <translation>une heure sans titre à sa suite (un en-tête de colonne ?)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="34" />
      <source>at the same time as the item above: kept in its description</source>
      <translation>à la même heure que l’élément précédent : gardé dans sa description</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="105" />
      <source>at the same time as “{title}” (a parallel meeting)</source>
      <translation>en même temps que « {title} » (une réunion parallèle)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="40" />
      <source>cut from themes run together on one line</source>
      <translation>découpé dans des thèmes écrits à la suite sur une ligne</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="162" />
      <source>day {n}</source>
      <translation>jour {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="41" />
      <source>end not written</source>
      <translation>fin non indiquée</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="43" />
      <source>end not written: taken from its duration</source>
      <translation>fin non indiquée : déduite de sa durée</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="42" />
      <source>end not written: taken from the next item</source>
      <translation>fin non indiquée : prise au point suivant</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="79" />
      <source>from the meeting's hours in prose</source>
      <translation>d’après les heures de la réunion citées dans le texte</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="102" />
      <source>from “{city}” in the text</source>
      <translation>d'après « {city} » dans le texte</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="115" />
      <source>left out {n} image(s) and link(s) to a talk's material (“Video”, “Slides”) in {name}</source>
      <translation>{n} image(s) et lien(s) vers les supports d’une intervention (« Vidéo », « Diapositives ») omis dans {name}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="49" />
      <source>listed without a label or an honorific: taken as a speaker</source>
      <translation>cité sans intitulé ni titre de civilité : pris pour un orateur</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="51" />
      <source>listed without a label: taken as a speaker</source>
      <translation>cité sans intitulé : pris comme orateur</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="48" />
      <source>listed without a label: taken as panellist</source>
      <translation>cité sans intitulé : pris comme intervenant</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="52" />
      <source>marked as to be confirmed</source>
      <translation>indiqué « à confirmer »</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="35" />
      <source>marks the start of the item below: kept in its description</source>
      <translation>marque le début du point suivant : gardé dans sa description</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="50" />
      <source>named after a role: check the name</source>
      <translation>cité après sa fonction : vérifiez le nom</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="54" />
      <source>named before any segment</source>
      <translation>cité avant toute partie</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="85" />
      <source>named before the segments: taken for the first</source>
      <translation>cité avant les segments : rattaché au premier</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="47" />
      <source>named in brackets in the title: taken as speaker</source>
      <translation>nommé entre parenthèses dans le titre : pris comme intervenant</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="56" />
      <source>no am/pm: read as afternoon</source>
      <translation>sans am/pm : lu comme l'après-midi</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="57" />
      <source>no am/pm: read as morning, before the day's first item</source>
      <translation>sans am/pm : lu comme le matin, avant le premier point de la journée</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="58" />
      <source>no am/pm: the end was read as afternoon</source>
      <translation>sans am/pm : la fin a été lue comme l'après-midi</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="61" />
      <source>no announced title: a heading was taken</source>
      <translation>pas de titre annoncé : un intertitre a été retenu</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="62" />
      <source>no city found: New York assumed</source>
      <translation>aucune ville trouvée : New York par défaut</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="63" />
      <source>no date found: today's date was put in its place</source>
      <translation>aucune date trouvée : la date du jour a été mise à sa place</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="84" />
      <source>no heading names the meeting: taken from a sentence</source>
      <translation>aucun titre ne nomme la réunion : repris d’une phrase</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="64" />
      <source>no honorific (Mr., Ms., H.E. …): check this is a person</source>
      <translation>pas de titre de civilité (M., Mme, S. E. …) : vérifiez qu'il s'agit d'une personne</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="65" />
      <source>no segments found: the meeting's title</source>
      <translation>aucune partie trouvée : le titre de la séance</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="66" />
      <source>no times in the text: placeholder, set the real times</source>
      <translation>aucune heure dans le texte : valeur provisoire, indiquez les heures réelles</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="67" />
      <source>no title found</source>
      <translation>aucun titre trouvé</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="37" />
      <source>no title of its own: the next range's title</source>
      <translation>sans titre propre : celui de la plage suivante</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="68" />
      <source>no venue found</source>
      <translation>aucun lieu trouvé</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="103" />
      <source>on another day ({day}): a programme holds one day</source>
      <translation>un autre jour ({day}) : un programme couvre une journée</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="92" />
      <source>read line by line: the programme's layout was not recognised</source>
      <translation>lu ligne par ligne : la mise en page du programme n'a pas été reconnue</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="114" />
      <source>read {n} Markdown link(s) in {name} as their words</source>
      <translation>{n} lien(s) Markdown de {name} lu(s) comme leurs mots</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="112" />
      <source>read {n} character(s) between two times as dashes (broken encoding)</source>
      <translation>{n} caractère(s) entre deux heures lu(s) comme des tirets (encodage défectueux)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="109" />
      <source>read {n} run(s) of doubled letters in {name} once (a PDF's bold text drawn twice, such as “FFrriiddaayy”)</source>
      <translation>{n} suite(s) de lettres doublées dans {name} lue(s) une seule fois (texte gras d’un PDF dessiné deux fois, comme « FFrriiddaayy »)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="53" />
      <source>reads like a place, not an item: check the title</source>
      <translation>se lit comme un lieu, pas un point : vérifiez le titre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="44" />
      <source>reckoned from the lengths written after the items</source>
      <translation>calculé à partir des durées indiquées après les points</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="126" />
      <source>removed the e-mail quote marks (“&gt;”) at the start of {n} line(s) of {name}</source>
      <translation>marques de citation de courriel (« &gt; ») retirées au début de {n} ligne(s) de {name}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="111" />
      <source>removed {n} HTML tags from {name}, keeping the words they marked</source>
      <translation>{n} balises HTML retirées de {name}, en gardant les mots qu’elles marquaient</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="123" />
      <source>repaired broken encoding in {name} ({n} garbled sequences such as “{sample}”)</source>
      <translation>encodage défectueux réparé dans {name} ({n} séquences illisibles comme « {sample} »)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="93" />
      <source>several places named: the first was taken</source>
      <translation>plusieurs lieux sont cités : le premier a été retenu</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="69" />
      <source>taken from the “Theme” line</source>
      <translation>tiré de la ligne « Thème »</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="32" />
      <source>the end of the meeting above, not an item</source>
      <translation>la fin de la séance ci-dessus, pas un point du programme</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="59" />
      <source>the end was read as afternoon</source>
      <translation>la fin a été lue comme l'après-midi</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="70" />
      <source>the first date in the text; check it is the meeting's</source>
      <translation>la première date du texte ; vérifiez que c'est celle de la séance</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="94" />
      <source>the first reading's only segment; the programme was read line by line instead</source>
      <translation>la seule partie de la première lecture ; le programme a été lu ligne par ligne à la place</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="33" />
      <source>the format told in a sentence: the programme below gives the items</source>
      <translation>le déroulement décrit en une phrase : le programme ci-dessous en donne les points</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="71" />
      <source>the last point in time: its end is not written</source>
      <translation>la dernière heure isolée : sa fin n'est pas indiquée</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="88" />
      <source>the meeting's hours and place, not an item</source>
      <translation>les heures et le lieu de la réunion, pas un point</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="80" />
      <source>the meeting's hours in prose: check the title</source>
      <translation>heures de la réunion citées dans le texte : vérifiez le titre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="72" />
      <source>the meeting's hours: no segments were found</source>
      <translation>les horaires de la séance : aucune partie trouvée</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="82" />
      <source>the meeting's hours: the segments below fall within them</source>
      <translation>heures de la réunion : les segments ci-dessous s’y inscrivent</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="73" />
      <source>the meeting's title: no segments were found</source>
      <translation>le titre de la séance : aucune partie trouvée</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="81" />
      <source>the paragraph's label: check the title</source>
      <translation>intitulé du paragraphe : vérifiez le titre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="86" />
      <source>the same times on another clock</source>
      <translation>les mêmes heures sur une autre horloge</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="104" />
      <source>the times start again: another day</source>
      <translation>les heures recommencent : un autre jour</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="77" />
      <source>the title below the names under a label</source>
      <translation>le titre sous les noms qui suivent une étiquette</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="74" />
      <source>the title of the only segment</source>
      <translation>le titre de la seule partie</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="97" />
      <source>the year is not written with the date</source>
      <translation>l'année n'est pas indiquée avec la date</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="98" />
      <source>the year is not written with the day</source>
      <translation>l'année n'est pas indiquée avec le jour</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="99" />
      <source>times from the grid's column heading</source>
      <translation>heures tirées de l'en-tête de colonne du tableau</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="100" />
      <source>times side by side: the columns of a grid (parallel meetings?)</source>
      <translation>heures côte à côte : les colonnes d'un tableau (réunions parallèles ?)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="89" />
      <source>times written in {zone}: check the meeting's time zone</source>
      <translation>heures écrites en {zone} : vérifiez le fuseau horaire de la réunion</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="78" />
      <source>told in a sentence: check the title</source>
      <translation>dit dans une phrase : vérifiez le titre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="101" />
      <source>who the limit is for is not said: taken for delegations</source>
      <translation>le texte ne dit pas à qui s'applique la limite : prise pour les délégations</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="45" />
      <source>written to start before the item above ends: started where it ends</source>
      <translation>annoncé pour commencer avant la fin du point précédent : commence à sa fin</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="131" />
      <source>{name} has broken encoding that cannot be repaired ({n} {what}); the original characters are lost. Copy the text again from the original document (or save it as UTF-8) and import that.</source>
      <translation>{name} a un encodage défectueux qui ne peut pas être réparé ({n} {what}) ; les caractères d'origine sont perdus. Copiez de nouveau le texte depuis le document original (ou enregistrez-le en UTF-8) et importez-le.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="107" />
      <source>{name} is a PDF without a text layer (a scan?): copy the text from the original document instead.</source>
      <translation>{name} est un PDF sans couche de texte (une numérisation ?) : copiez plutôt le texte depuis le document original.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="106" />
      <source>{name} is not UTF-8 (byte {byte} at offset {at}); read it as Windows-1252</source>
      <translation>{name} n'est pas en UTF-8 (octet {byte} à la position {at}) ; lu comme Windows-1252</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="113" />
      <source>{name} still has {n} unreadable character(s); check names and titles near them</source>
      <translation>{name} contient encore {n} caractère(s) illisible(s) ; vérifiez les noms et les titres voisins</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="95" />
      <source>“12 a.m.” at the end of a morning: read as noon</source>
      <translation>« 12 a.m. » à la fin d’une matinée : lu comme midi</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="91" />
      <source>“am” after 12: read as noon</source>
      <translation>« am » après 12 h : lu comme midi</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="90" />
      <source>“am” after a range from noon: read as afternoon</source>
      <translation>« am » après une plage commençant à midi : lu comme l’après-midi</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="96" />
      <source>“am” after a start in the afternoon: read as pm</source>
      <translation>« am » après un début l’après-midi : lu comme pm</translation>
    </message>
  </context>
  <context>
    <name>LogModel</name>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>#</source>
      <translation>N°</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="65" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Over</source>
      <translation>Dépassement</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Speaker</source>
      <translation>Orateur</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Spoken</source>
      <translation>Durée</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="236" />
      <source>paused</source>
      <translation>en pause</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="237" />
      <source>speaking</source>
      <translation>a la parole</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="46" />
      <source>&amp;Export</source>
      <translation>&amp;Exporter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="72" />
      <source>Console &amp;language</source>
      <translation>&amp;Langue de la console</translation>
    </message>
    <message>
      <source>Display &amp;language</source>
      <translation type="vanished">&amp;Langue d’affichage</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="37" />
      <source>Open &amp;recent</source>
      <translation>Séances &amp;récentes</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source />
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="205" />
      <source> (column {column})</source>
      <translation> (colonne {column})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="310" />
      <source> (did you mean "{zone}"?)</source>
      <translation> (vouliez-vous dire "{zone}" ?)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="117" />
      <location filename="../../floorapp/core/programme/values.py" line="98" />
      <source> (did you mean '{word}'?)</source>
      <translation> (vouliez-vous dire '{word}' ?)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="47" />
      <source> (first on line {line})</source>
      <translation> (la première fois à la ligne {line})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="48" />
      <source> (line {line})</source>
      <translation> (ligne {line})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="102" />
      <source>'panellists' of {segment} must be a list of [[segments.panellists]] tables or names, not {found}</source>
      <translation>'panellists' de {segment} doit être une liste de tables [[segments.panellists]] ou de noms, pas {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="144" />
      <source>'segments' must be [[segments]] tables, not {found}</source>
      <translation>'segments' doit être des tables [[segments]], pas {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="115" />
      <source>'themes' of {segment} must be a list of [[segments.themes]] tables, not {found}</source>
      <translation>'themes' de {segment} doit être une liste de tables [[segments.themes]], pas {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="152" />
      <source>'{code}' is not a currency code: use three letters such as USD or EUR.</source>
      <translation>'{code}' n’est pas un code de monnaie : utilisez trois lettres, comme USD ou EUR.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="192" />
      <source>'{id}' is not a participant of this meeting.</source>
      <translation>'{id}' n’est pas un participant de cette séance.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/programme/checks.py" line="103" />
      <source>'{key}' has {n} names but 'organisers' has {total}: give one translation for each organiser, in the same order ("" for one not translated)</source>
      <translation>
        <numerusform>'{key}' a {n} nom mais 'organisers' en a {total} : donnez une traduction par organisateur, dans le même ordre ("" pour un nom non traduit)</numerusform>
        <numerusform>'{key}' a {n} noms mais 'organisers' en a {total} : donnez une traduction par organisateur, dans le même ordre ("" pour un nom non traduit)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="193" />
      <source>'{key}' is given twice{where}; keep one</source>
      <translation>'{key}' est donné deux fois{where} ; gardez-en un</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="95" />
      <source>'{key}' is in the programme's own language (language = "{language}"): those names belong in 'organisers'</source>
      <translation>'{key}' est dans la langue du programme lui-même (language = "{language}") : ces noms vont dans 'organisers'</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="132" />
      <source>'{key}' of {owner} is in the programme's own language (language = "{language}"): that text belongs in '{base}'; remove '{key}', or change 'language'</source>
      <translation>'{key}' de {owner} est dans la langue du programme lui-même (language = "{language}") : ce texte va dans '{base}' ; supprimez '{key}' ou changez 'language'</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="161" />
      <source>'{key}' of {owner}: {reason}</source>
      <translation>'{key}' de {owner} : {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="146" />
      <source>'{kind}' is not a kind of announcement; use one of {kinds}.</source>
      <translation>« {kind} » n’est pas un type d’annonce ; utilisez l’un des types suivants : {kinds}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="212" />
      <source>'{kind}' is not a kind of request.</source>
      <translation>'{kind}' n’est pas un type de demande.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="70" />
      <source>'{text}' could be {names}. Type more of the name.</source>
      <translation>'{text}' peut désigner {names}. Tapez davantage du nom.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="171" />
      <source>'{value}' is not a date and time.</source>
      <translation>'{value}' n’est pas une date et une heure.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="211" />
      <source>; each line must be key = value, a [table] header or a # comment (see docs/programme-format.md)</source>
      <translation> ; chaque ligne doit être key = value, un en-tête [table] ou un commentaire # (voir docs/programme-format.md)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="164" />
      <source>; text goes in double quotes: {key} = "{value}"</source>
      <translation> ; le texte se met entre guillemets droits : {key} = "{value}"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="208" />
      <source>; text in "quotes" must end on the same line (use """ for text of several lines)</source>
      <translation> ; un texte entre "guillemets" doit se terminer sur la même ligne (utilisez """ pour un texte de plusieurs lignes)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="214" />
      <source>; the string or bracket opened on this line is never closed</source>
      <translation> ; la chaîne ou le crochet ouvert sur cette ligne n’est jamais fermé</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="160" />
      <source>; times go in quotes, on the 24-hour clock: {key} = "HH:MM"</source>
      <translation> ; les heures se mettent entre guillemets, sur 24 heures : {key} = "HH:MM"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="162" />
      <source>; write the date as YYYY-MM-DD with a real month and day, e.g. 2012-04-03</source>
      <translation> ; écrivez la date sous la forme AAAA-MM-JJ avec un vrai mois et un vrai jour, p. ex. 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="155" />
      <source>A currency needs an amount.</source>
      <translation>Une monnaie demande un montant.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="56" />
      <location filename="../../floorapp/core/commands.py" line="213" />
      <source>A group statement needs the name of the group it is made on behalf of.</source>
      <translation>Une déclaration au nom d’un groupe demande le nom de ce groupe.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="48" />
      <source>A new participant needs a name.</source>
      <translation>Un nouveau participant doit avoir un nom.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="66" />
      <source>A note needs some text or a theme.</source>
      <translation>Une note demande du texte ou un thème.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="60" />
      <source>A paragraph of the synthesis is at most {n} characters.</source>
      <translation>Un paragraphe de la synthèse compte au plus {n} caractères.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="159" />
      <source>A pledge or a personal gift needs an amount.</source>
      <translation>Une contribution annoncée ou un don personnel demande un montant.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="205" />
      <source>A point of order is being heard: end it before giving the floor to anyone else.</source>
      <translation>Une motion d’ordre est en cours : terminez-la avant de donner la parole à quelqu’un d’autre.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="81" />
      <source>A speaking limit must be between 1 second and 2 hours, or 0 for no limit.</source>
      <translation>Un temps de parole doit être compris entre 1 seconde et 2 heures, ou 0 pour aucune limite.</translation>
    </message>
    <message>
      <source>A speaking limit must be between 1 second and 2 hours.</source>
      <translation type="vanished">Un temps de parole doit être compris entre 1 seconde et 2 heures.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="132" />
      <source>An amount cannot be negative.</source>
      <translation>Un montant ne peut pas être négatif.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="124" />
      <source>An amount is a number.</source>
      <translation>Un montant est un nombre.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="157" />
      <source>An announcement needs some text or an amount.</source>
      <translation>Une annonce demande du texte ou un montant.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="264" />
      <source>An extension must be a non-zero number of seconds, at most 2 hours.</source>
      <translation>Une prolongation doit être un nombre de secondes non nul, 2 heures au plus.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="195" />
      <source>An intervention needs a speaker.</source>
      <translation>Une intervention demande un orateur.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="186" />
      <source>Cannot correct {fields}.</source>
      <translation>Impossible de corriger {fields}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="66" />
      <source>Cannot reach the meeting database {where}: {reason}</source>
      <translation>Impossible d’atteindre la base de données de la séance {where} : {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="98" />
      <source>No name was typed. Type a few letters of a name.</source>
      <translation>Aucun nom n’a été tapé. Tapez quelques lettres d’un nom.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="99" />
      <source>No participant matches '{text}'. Add them to the meeting as a new participant.</source>
      <translation>Aucun participant ne correspond à '{text}'. Ajoutez-le à la séance comme nouveau participant.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="116" />
      <source>No record field to set.</source>
      <translation>Aucun champ de l’enregistrement à définir.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="25" />
      <source>No segment is open: open a segment of the programme first.</source>
      <translation>Aucune partie n’est ouverte : ouvrez d’abord une partie du programme.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="47" />
      <source>Nobody has the floor.</source>
      <translation>Personne n’a la parole.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="71" />
      <source>Nothing to change.</source>
      <translation>Rien à changer.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="188" />
      <source>Nothing to correct.</source>
      <translation>Rien à corriger.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="291" />
      <source>Nothing to redo.</source>
      <translation>Rien à rétablir.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="284" />
      <source>Nothing to undo.</source>
      <translation>Rien à annuler.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="104" />
      <source>Only a request waiting on the list can be moved: recall it first.</source>
      <translation>Seule une demande en attente sur la liste peut être déplacée : rappelez-la d’abord.</translation>
    </message>
    <message>
      <source>Segment '{id}' is already open.</source>
      <translation type="vanished">La partie '{id}' est déjà ouverte.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="39" />
      <source>Someone still has the floor: end that intervention first.</source>
      <translation>Quelqu’un a encore la parole : terminez d’abord cette intervention.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="130" />
      <location filename="../../floorapp/core/record_commands.py" line="128" />
      <source>That amount is too large.</source>
      <translation>Ce montant est trop élevé.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="229" />
      <source>That request is on the list of another segment.</source>
      <translation>Cette demande figure sur la liste d’une autre partie.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="153" />
      <source>The database {where} already has tables; use an empty database.</source>
      <translation>La base de données {where} contient déjà des tables ; utilisez une base vide.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="207" />
      <source>The end must come after the start.</source>
      <translation>La fin doit venir après le début.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="175" />
      <source>The end time needs a date, a time and a time zone.</source>
      <translation>L’heure de fin demande une date, une heure et un fuseau horaire.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="61" />
      <source>The file {where} is damaged or is not a database ({reason}). It was left untouched; restore it from a backup or open another meeting.</source>
      <translation>Le fichier {where} est endommagé ou n’est pas une base de données ({reason}). Il n’a pas été modifié ; restaurez-le depuis une sauvegarde ou ouvrez une autre séance.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="198" />
      <source>The intervention is still going on; end it first.</source>
      <translation>L’intervention est toujours en cours ; terminez-la d’abord.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="145" />
      <source>The list is already closed.</source>
      <translation>La liste est déjà close.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="154" />
      <source>The list is open.</source>
      <translation>La liste est ouverte.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="59" />
      <source>The list of speakers is closed: {name} cannot be inscribed.</source>
      <translation>La liste des orateurs est close : {name} ne peut pas être inscrit.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="222" />
      <source>The list of speakers is empty.</source>
      <translation>La liste des orateurs est vide.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="68" />
      <source>The meeting database {where} cannot be used: {reason}</source>
      <translation>La base de données de la séance {where} est inutilisable : {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="219" />
      <source>The meeting database {where} is damaged ({reason}). It was left untouched; restore it from a backup.</source>
      <translation>La base de données de la séance {where} est endommagée ({reason}). Elle n’a pas été modifiée ; restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="56" />
      <source>The meeting database {where} is in use by another program (it is locked). Close the other program, or wait, and try again. Nothing was changed.</source>
      <translation>La base de données de la séance {where} est utilisée par un autre programme (verrouillée). Fermez l’autre programme, ou attendez, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="51" />
      <source>The meeting database {where} refused this station's change: its role may not do that (the officer may have taken the floor back). Nothing was changed.</source>
      <translation>La base de données de la séance {where} a refusé la modification de ce poste : son rôle ne le permet pas (le fonctionnaire a peut-être repris la main). Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/migrate.py" line="64" />
      <source>The meeting database {where} was written by a newer version of Floor (schema {schema}; this version knows up to {known}). Update Floor to open it. The database was left untouched.</source>
      <translation>La base de données de la séance {where} a été écrite par une version plus récente de Floor (schéma {schema} ; cette version connaît jusqu’à {known}). Mettez Floor à jour pour l’ouvrir. La base n’a pas été modifiée.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="63" />
      <source>The paragraph already reads so.</source>
      <translation>Le paragraphe se lit déjà ainsi.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="30" />
      <source>The programme has no segment '{id}'.</source>
      <translation>Le programme n’a pas de partie '{id}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="56" />
      <source>The programme has no theme '{theme}' in a segment '{segment}'.</source>
      <translation>Le programme ne comporte pas de thème « {theme} » dans une séance « {segment} ».</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_fields.py" line="65" />
      <source>The record field '{key}' is yes or no, not {value}.</source>
      <translation>Le champ '{key}' de l’enregistrement vaut oui ou non, pas {value}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="107" />
      <source>The request is already there.</source>
      <translation>La demande est déjà à cette place.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="248" />
      <source>The speaker's time is already paused.</source>
      <translation>Le temps de l’orateur est déjà suspendu.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="256" />
      <source>The speaker's time is already running.</source>
      <translation>Le temps de l’orateur court déjà.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="268" />
      <source>The speaking time cannot be shortened below zero.</source>
      <translation>Le temps de parole ne peut pas descendre au-dessous de zéro.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="173" />
      <source>The start time needs a date, a time and a time zone.</source>
      <translation>L’heure de début demande une date, une heure et un fuseau horaire.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_fields.py" line="85" />
      <source>The {field} must be one of {choices}, not {value}.</source>
      <translation>Le champ {field} doit valoir {choices}, pas {value}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="110" />
      <source>There is already a file at {where}; choose another name or open it.</source>
      <translation>Il y a déjà un fichier à l’emplacement {where} ; choisissez un autre nom ou ouvrez-le.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="101" />
      <source>There is no announcement '{id}' on that intervention.</source>
      <translation>Il n’y a pas d’annonce '{id}' dans cette intervention.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="35" />
      <source>There is no intervention '{id}'.</source>
      <translation>Il n’y a pas d’intervention '{id}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="41" />
      <source>There is no intervention yet to attach a note to.</source>
      <translation>Il n’y a encore aucune intervention à laquelle joindre une note.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="32" />
      <source>There is no meeting database at {where}.</source>
      <translation>Il n’y a pas de base de données de séance à l’emplacement {where}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="77" />
      <location filename="../../floorapp/core/record_commands.py" line="91" />
      <source>There is no note '{id}' on that intervention.</source>
      <translation>Il n’y a pas de note '{id}' dans cette intervention.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_fields.py" line="76" />
      <source>There is no record field '{key}'; the fields are: {known}.</source>
      <translation>Il n’y a pas de champ '{key}' dans l’enregistrement ; les champs sont : {known}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="37" />
      <source>There is no request '{id}' on the list.</source>
      <translation>Il n’y a pas de demande '{id}' sur la liste.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="266" />
      <source>This speaker has no speaking limit; set one in the limits first.</source>
      <translation>Cet orateur n’a pas de temps de parole ; fixez-en un d’abord dans les temps de parole.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="79" />
      <source>Unknown kind of speaker '{key}'.</source>
      <translation>Type d’orateur inconnu '{key}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="52" />
      <source>Unknown language '{lang}'; use one of {languages}.</source>
      <translation>Langue inconnue « {lang} » ; utilisez l’une des suivantes : {languages}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="62" />
      <source>Unknown ordering policy '{value}'.</source>
      <translation>Règle d’ordre inconnue '{value}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="69" />
      <source>Unknown setting '{key}'.</source>
      <translation>Paramètre inconnu '{key}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="54" />
      <source>Unknown theme {themes} for this segment; its themes are: {known}.</source>
      <translation>Thème inconnu {themes} pour cette partie ; ses thèmes sont : {known}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="52" />
      <source>Unknown theme {themes}: this segment has no themes.</source>
      <translation>Thème inconnu {themes} : cette partie n’a pas de thèmes.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="135" />
      <source>a broken character ({character}, half of a surrogate pair); save the file as UTF-8</source>
      <translation>un caractère abîmé ({character}, moitié d’une paire de substitution) ; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="61" />
      <source>a date</source>
      <translation>une date</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="59" />
      <source>a date and time</source>
      <translation>une date et une heure</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="80" />
      <source>a huge number</source>
      <translation>un nombre immense</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="65" />
      <source>a list</source>
      <translation>une liste</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="122" />
      <source>a name contains a control character ({character})</source>
      <translation>un nom contient un caractère de contrôle ({character})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="55" />
      <source>a number</source>
      <translation>un nombre</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="35" />
      <source>a point of order</source>
      <translation>une motion d’ordre</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="33" />
      <source>a question</source>
      <translation>une question</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="34" />
      <source>a right of reply</source>
      <translation>un droit de réponse</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="31" />
      <source>a statement</source>
      <translation>une déclaration</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="32" />
      <source>a statement on behalf of a group</source>
      <translation>une déclaration au nom d’un groupe</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="67" />
      <source>a table</source>
      <translation>une table</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="63" />
      <source>a time</source>
      <translation>une heure</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="233" />
      <source>a value cannot be read: {reason}</source>
      <translation>une valeur est illisible : {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="76" />
      <source>a very large number</source>
      <translation>un très grand nombre</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="91" />
      <source>at the top level of the file</source>
      <translation>au niveau principal du fichier</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/problem.py" line="62" />
      <source>cannot be read: {reason}</source>
      <translation>est illisible : {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="96" />
      <source>cannot mutate immutable namespace {value}</source>
      <translation>impossible de modifier la table {value} après sa définition</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="63" />
      <source>cannot overwrite a value</source>
      <translation>impossible de donner une valeur deux fois</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="96" />
      <source>cannot redefine namespace {value}</source>
      <translation>impossible de redéfinir la table {value}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="175" />
      <source>contains a control character ({character})</source>
      <translation>contient un caractère de contrôle ({character})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="253" />
      <source>could not be read ({reason}); please report this file</source>
      <translation>n’a pas pu être lu ({reason}) ; merci de signaler ce fichier</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="95" />
      <source>duplicate inline table key {value}</source>
      <translation>clé {value} en double dans une table en ligne</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="76" />
      <source>escaped character is not a Unicode scalar value</source>
      <translation>le caractère échappé n’est pas une valeur scalaire Unicode</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="69" />
      <source>expected '=' after a key in a key/value pair</source>
      <translation>'=' attendu après la clé d’une paire clé/valeur</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="65" />
      <source>expected ']' at the end of a table declaration</source>
      <translation>']' attendu à la fin d’un en-tête de table</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="67" />
      <source>expected ']]' at the end of an array declaration</source>
      <translation>']]' attendu à la fin d’un en-tête de tableau</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="61" />
      <source>expected newline or end of document after a statement</source>
      <translation>saut de ligne ou fin du document attendu après une instruction</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="95" />
      <source>expected {value}</source>
      <translation>{value} attendu</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="94" />
      <source>found invalid character {value}</source>
      <translation>caractère non valide {value}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="94" />
      <source>illegal character {value}</source>
      <translation>caractère interdit {value}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="92" />
      <source>in {owner}</source>
      <translation>dans {owner}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="78" />
      <source>invalid date or datetime</source>
      <translation>date ou date et heure non valide</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="74" />
      <source>invalid hex value</source>
      <translation>valeur hexadécimale non valide</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="70" />
      <source>invalid initial character for a key part</source>
      <translation>caractère initial non valide pour une clé</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="62" />
      <source>invalid statement</source>
      <translation>instruction non valide</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="79" />
      <source>invalid value</source>
      <translation>valeur non valide</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="140" />
      <source>is UTF-16 text, not UTF-8: save it as UTF-8</source>
      <translation>est du texte UTF-16 et non UTF-8 : enregistrez-le en UTF-8</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="178" />
      <source>is empty</source>
      <translation>est vide</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="264" />
      <source>is not a programme</source>
      <translation>n’est pas un programme</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="278" />
      <source>is too large for a programme (more than {size} MB)</source>
      <translation>est trop volumineux pour un programme (plus de {size} Mo)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="200" />
      <source>limit '{key}' of {owner}: {reason}</source>
      <translation>temps de parole '{key}' de {owner} : {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="65" />
      <source>marked absent</source>
      <translation>marqué absent</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="201" />
      <source>merge them into one</source>
      <translation>fusionnez-les en une seule</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="151" />
      <source>must be a date ({form}), not {found}</source>
      <translation>doit être une date ({form}), pas {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="118" />
      <source>must be a list of names in quotes, e.g. ["UNODC"], not {found}</source>
      <translation>doit être une liste de noms entre guillemets, p. ex. ["UNODC"], pas {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="219" />
      <source>must be a speaking time ({form}), not {found}</source>
      <translation>doit être un temps de parole ({form}), pas {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="170" />
      <source>must be a time in quotes ({form}), not {found}</source>
      <translation>doit être une heure entre guillemets ({form}), pas {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="301" />
      <source>must be a time-zone name in quotes; {example}; not {found}</source>
      <translation>doit être un nom de fuseau horaire entre guillemets ; {example} ; pas {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="262" />
      <source>must be one of {allowed} (in quotes), not {found}</source>
      <translation>doit être l’une des valeurs {allowed} (entre guillemets), pas {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="171" />
      <source>must be text in double quotes, not {found}</source>
      <translation>doit être du texte entre guillemets droits, pas {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="125" />
      <source>must be text in quotes such as "panel-1", not {found}</source>
      <translation>doit être du texte entre guillemets, comme "panel-1", pas {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="146" />
      <source>not UTF-8 text: byte {byte} at column {column} is not UTF-8 (the file may be Latin-1 or Windows-1252); save it as UTF-8</source>
      <translation>pas du texte UTF-8 : l’octet {byte} à la colonne {column} n’est pas de l’UTF-8 (le fichier est peut-être en Latin-1 ou Windows-1252) ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="228" />
      <source>not valid TOML here: brackets nested far too deeply</source>
      <translation>TOML non valide ici : crochets imbriqués bien trop profondément</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="217" />
      <source>not valid TOML: {reason}{where}{hint}</source>
      <translation>TOML non valide : {reason}{where}{hint}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="65" />
      <source>number {n} on the list</source>
      <translation>n° {n} sur la liste</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="107" />
      <source>panellist {n} of {segment}</source>
      <translation>intervenant {n} de {segment}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="115" />
      <source>participant id "{id}" is used twice</source>
      <translation>l’identifiant de participant "{id}" est utilisé deux fois</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="63" />
      <location filename="../../floorapp/core/programme/fields.py" line="61" />
      <source>participant {id}</source>
      <translation>le participant {id}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="156" />
      <source>segment id "{id}" is used twice{where}</source>
      <translation>l’identifiant de partie "{id}" est utilisé deux fois{where}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="63" />
      <location filename="../../floorapp/core/programme/fields.py" line="60" />
      <source>segment {id}</source>
      <translation>la partie {id}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="57" />
      <source>text</source>
      <translation>du texte</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="65" />
      <source>the chair of the meeting</source>
      <translation>la présidence de la séance</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="82" />
      <source>the chair of {segment}</source>
      <translation>la présidence de {segment}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="70" />
      <source>the id "{id}" is given to {first}{where} and to {second}; give each person their own id</source>
      <translation>l’identifiant "{id}" est donné à {first}{where} et à {second} ; donnez à chaque personne son propre identifiant</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="187" />
      <source>the limits of {owner} must be a table, not {found}</source>
      <translation>les temps de parole de {owner} doivent être une table, pas {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="70" />
      <source>the meeting</source>
      <translation>la séance</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="83" />
      <source>the moderator of {segment}</source>
      <translation>le modérateur de {segment}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="88" />
      <source>the names of {owner}</source>
      <translation>les noms de {owner}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="30" />
      <source>the programme</source>
      <translation>le programme</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="74" />
      <source>the programme has no segments: add a [[segments]] table for each part of the meeting</source>
      <translation>le programme n’a pas de parties : ajoutez une table [[segments]] pour chaque partie de la séance</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="148" />
      <source>the programme needs at least one segment ([[segments]])</source>
      <translation>le programme doit avoir au moins une partie ([[segments]])</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="202" />
      <source>the table [{name}] is declared twice; {fix}</source>
      <translation>la table [{name}] est déclarée deux fois ; {fix}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="154" />
      <source>the year {year} is surely a typo; {form}</source>
      <translation>l’année {year} est sûrement une faute de frappe ; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="128" />
      <source>theme id "{id}" is used twice in {segment}{where}</source>
      <translation>l’identifiant de thème "{id}" est utilisé deux fois dans {segment}{where}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="123" />
      <source>theme {n} of {segment}</source>
      <translation>le thème {n} de {segment}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="53" />
      <source>true/false</source>
      <translation>vrai/faux (true/false)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="71" />
      <source>unclosed array</source>
      <translation>liste '[' non fermée</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="72" />
      <source>unclosed inline table</source>
      <translation>table en ligne '{{' non fermée</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="73" />
      <source>unescaped '\' in a string</source>
      <translation>'\' non échappé dans une chaîne</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="101" />
      <source>unknown key '{key}' {place}: '{key}' belongs to a segment, under a [[segments]] header</source>
      <translation>clé inconnue '{key}' {place} : '{key}' appartient à une partie, sous un en-tête [[segments]]</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="113" />
      <source>unknown key '{key}' {place}: write the language code in lower case, '{fixed}'</source>
      <translation>clé inconnue '{key}' {place} : écrivez le code de langue en minuscules, '{fixed}'</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="105" />
      <source>unknown key '{key}' {place}{near}</source>
      <translation>clé inconnue '{key}' {place}{near}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="118" />
      <source>unknown key '{key}' {place}{near}: '{lang}' is not one of the six languages; a translation of '{base}' is written {forms} or {last}</source>
      <translation>clé inconnue '{key}' {place}{near} : '{lang}' n’est pas l’une des six langues ; une traduction de '{base}' s’écrit {forms} ou {last}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="287" />
      <source>unknown language {value}{near}; the languages are: {allowed}</source>
      <translation>langue inconnue {value}{near} ; les langues sont : {allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="192" />
      <source>unknown limit '{key}' of {owner}{near}; the limits are: {allowed}</source>
      <translation>temps de parole inconnu '{key}' de {owner}{near} ; les temps de parole sont : {allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="274" />
      <source>unknown segment kind {value}{near}; the kinds are: {allowed}</source>
      <translation>type de partie inconnu {value}{near} ; les types sont : {allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="280" />
      <source>unknown speaker category {value}{near}; the categories are: {allowed}</source>
      <translation>catégorie d’orateur inconnue {value}{near} ; les catégories sont : {allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="77" />
      <source>unterminated string</source>
      <translation>chaîne non terminée</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="299" />
      <source>use an IANA name such as "America/New_York" or "Europe/Geneva"</source>
      <translation>utilisez un nom IANA comme "America/New_York" ou "Europe/Geneva"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="39" />
      <source>write "M:SS" (e.g. "3:00" for 3 minutes) or whole seconds (e.g. 180)</source>
      <translation>écrivez "M:SS" (p. ex. "3:00" pour 3 minutes) ou des secondes entières (p. ex. 180)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="38" />
      <source>write HH:MM on the 24-hour clock, e.g. "10:00" or "17:45"</source>
      <translation>écrivez HH:MM sur 24 heures, p. ex. "10:00" ou "17:45"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="40" />
      <source>write YYYY-MM-DD, e.g. 2012-04-03</source>
      <translation>écrivez AAAA-MM-JJ, p. ex. 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="105" />
      <source>write [[participants]] (two brackets) before each participant, not {found}</source>
      <translation>écrivez [[participants]] (deux crochets) avant chaque participant, pas {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="140" />
      <source>write [[segments]] (two brackets) before each segment; [segments] makes a single table</source>
      <translation>écrivez [[segments]] (deux crochets) avant chaque partie ; [segments] crée une seule table</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="199" />
      <source>write [[{name}]] (two brackets) before each one</source>
      <translation>écrivez [[{name}]] (deux crochets) avant chacune</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="88" />
      <location filename="../../floorapp/core/roster.py" line="81" />
      <location filename="../../floorapp/core/roster.py" line="87" />
      <source>{first}</source>
      <translation>{first}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="90" />
      <location filename="../../floorapp/core/roster.py" line="83" />
      <source>{first}, {next}</source>
      <translation>{first}, {next}</translation>
    </message>
    <message>
      <source>{first}; {second}</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="65" />
      <source>{key} must be a whole number of seconds from 0 to 3600.</source>
      <translation>{key} doit être un nombre entier de secondes de 0 à 3600.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="46" />
      <source>{label} ({times})</source>
      <translation>{label} ({times})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/roster.py" line="85" />
      <source>{names} and {n} more</source>
      <translation>
        <numerusform>{names} et {n} autre</numerusform>
        <numerusform>{names} et {n} autres</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="91" />
      <source>{names} or {last}</source>
      <translation>{names} ou {last}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/commands.py" line="70" />
      <source>{name} has already had {n} rights of reply in this segment.</source>
      <translation>
        <numerusform>{name} a déjà exercé {n} droit de réponse dans cette partie.</numerusform>
        <numerusform>{name} a déjà exercé {n} droits de réponse dans cette partie.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="66" />
      <source>{name} is already inscribed for {kind} ({where}).</source>
      <translation>{name} est déjà inscrit pour {kind} ({where}).</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="123" />
      <source>{name} is already marked absent.</source>
      <translation>{name} est déjà marqué absent.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="226" />
      <source>{name} is marked absent: recall them first.</source>
      <translation>{name} est marqué absent : rappelez-le d’abord.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="39" />
      <source>{name} is no longer on the list.</source>
      <translation>{name} n’est plus sur la liste.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="133" />
      <source>{name} is not marked absent.</source>
      <translation>{name} n’est pas marqué absent.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="142" />
      <source>{owner} has '{key}' but no '{base}': write {base} = "…" in the programme's language ({language}) too</source>
      <translation>{owner} a '{key}' mais pas '{base}' : écrivez aussi {base} = "…" dans la langue du programme ({language})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="155" />
      <location filename="../../floorapp/core/programme/people.py" line="85" />
      <source>{owner} has no '{key}' (e.g. {example})</source>
      <translation>{owner} n’a pas de '{key}' (p. ex. {example})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="41" />
      <source>{owner} must be a name in quotes or a table with a name, not {found}</source>
      <translation>{owner} doit être un nom entre guillemets ou une table avec un nom, pas {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="88" />
      <source>{owner} must be a table, not {found}</source>
      <translation>{owner} doit être une table, pas {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="95" />
      <source>{owner} needs a name in English (en = "…")</source>
      <translation>{owner} doit avoir un nom en anglais (en = "…")</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="56" />
      <source>{owner} needs an id (letters, digits, '-'), e.g. id = "pga"</source>
      <translation>{owner} doit avoir un identifiant (lettres, chiffres, '-'), p. ex. id = "pga"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="77" />
      <source>{segment} ends at {end}, which is not after its start at {start}</source>
      <translation>{segment} se termine à {end}, ce qui n’est pas après son début à {start}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="171" />
      <source>{segment} is listed after {other} but starts before it; list the segments in time order</source>
      <translation>{segment} est placée après {other} mais commence avant elle ; classez les parties dans l’ordre chronologique</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="177" />
      <source>{segment} overlaps {other}</source>
      <translation>{segment} chevauche {other}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="68" />
      <source>{type}</source>
      <translation>{type}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="60" />
      <source>{unknown} Did you mean {names}?</source>
      <translation>{unknown} Vouliez-vous dire {names} ?</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="139" />
      <source>{value} has a time of day; write only the date, e.g. 2012-04-03</source>
      <translation>{value} comporte une heure ; écrivez seulement la date, p. ex. 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="166" />
      <location filename="../../floorapp/core/programme/values.py" line="181" />
      <source>{value} has seconds; times are to the minute: {form}</source>
      <translation>{value} comporte des secondes ; les heures sont à la minute : {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="162" />
      <source>{value} is a date and time; write only the time, {form}</source>
      <translation>{value} est une date et une heure ; écrivez seulement l’heure, {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="211" />
      <source>{value} is more than 2 hours ({max} s): surely a mistake; {form}</source>
      <translation>{value} dépasse 2 heures ({max} s) : sûrement une erreur ; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="143" />
      <source>{value} is not a date; {form}</source>
      <translation>{value} n’est pas une date ; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="311" />
      <source>{value} is not a known time zone{near}; {example}</source>
      <translation>{value} n’est pas un fuseau horaire connu{near} ; {example}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="148" />
      <source>{value} is not a real date (check the month and day); {form}</source>
      <translation>{value} n’est pas une date réelle (vérifiez le mois et le jour) ; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="241" />
      <source>{value} is not a speaking time; {form}</source>
      <translation>{value} n’est pas un temps de parole ; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="177" />
      <source>{value} is not a time of day on the 24-hour clock: hours go from 00 to 23 and minutes from 00 to 59 (a segment cannot run past midnight)</source>
      <translation>{value} n’est pas une heure de la journée sur 24 heures : les heures vont de 00 à 23 et les minutes de 00 à 59 (une partie ne peut pas dépasser minuit)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="189" />
      <source>{value} is not a time; {form}</source>
      <translation>{value} n’est pas une heure ; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="128" />
      <source>{value} is not a usable id: ids have letters, digits, '-' and '_' only (at most 64), e.g. "panel-1"</source>
      <translation>{value} n’est pas un identifiant utilisable : un identifiant n’a que des lettres, des chiffres, '-' et '_' (64 au plus), p. ex. "panel-1"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="222" />
      <source>{value} is not whole seconds; {form}</source>
      <translation>{value} n’est pas un nombre entier de secondes ; {form}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/programme/values.py" line="205" />
      <source>{value} is only {n} seconds, too short to speak (numbers are seconds): did you mean "{n}:00" ({n} minutes)?</source>
      <translation>
        <numerusform>{value} ne fait que {n} seconde, trop peu pour parler (les nombres sont des secondes) : vouliez-vous dire "{n}:00" ({n} minute) ?</numerusform>
        <numerusform>{value} ne fait que {n} secondes, trop peu pour parler (les nombres sont des secondes) : vouliez-vous dire "{n}:00" ({n} minutes) ?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="202" />
      <source>{value} must be more than zero; {form}</source>
      <translation>{value} doit être supérieur à zéro ; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="231" />
      <source>{value}: seconds are written with two digits from 00 to 59; {form}</source>
      <translation>{value} : les secondes s’écrivent avec deux chiffres, de 00 à 59 ; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="187" />
      <source>{value}: use the 24-hour clock, HH:MM; here "{time}"</source>
      <translation>{value} : utilisez l’heure sur 24 heures, HH:MM ; ici "{time}"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="238" />
      <source>{value}: write "{mmss}" (minutes:seconds) or {seconds} (seconds)</source>
      <translation>{value} : écrivez "{mmss}" (minutes:secondes) ou {seconds} (secondes)</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="235" />
      <source>{where} holds no meeting: its creation was interrupted. It was left untouched; create the meeting again.</source>
      <translation>{where} ne contient pas de séance : sa création a été interrompue. Il n’a pas été modifié ; créez à nouveau la séance.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="224" />
      <source>{where} is a database, but not a Floor meeting. It was left untouched.</source>
      <translation>{where} est une base de données, mais pas une séance de Floor. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="34" />
      <source>{where} is a folder, not a meeting database.</source>
      <translation>{where} est un dossier, pas une base de données de séance.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="36" />
      <source>{where} is an empty file, not a meeting database.</source>
      <translation>{where} est un fichier vide, pas une base de données de séance.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="40" />
      <source>{where} is not a Floor meeting database (not an SQLite file). It was left untouched.</source>
      <translation>{where} n’est pas une base de données de séance Floor (pas un fichier SQLite). Il n’a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="37" />
      <source>“{title}” is already open.</source>
      <translation>« {title} » est déjà ouvert.</translation>
    </message>
  </context>
  <context>
    <name>NotesEditor</name>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="252" />
      <source>(struck) {text}</source>
      <translation>(rayé) {text}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="92" />
      <location filename="../../floorapp/gui/console/notes_editor.py" line="287" />
      <source>Add note</source>
      <translation>Ajouter la note</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="84" />
      <source>Key point of the intervention (Ctrl+Enter adds it)</source>
      <translation>Point clé de l’intervention (Ctrl+Entrée l’ajoute)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="98" />
      <source>New note</source>
      <translation>Nouvelle note</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="235" />
      <source>Notes on {name}</source>
      <translation>Notes sur {name}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="289" />
      <source>Restore</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="287" />
      <source>Save correction</source>
      <translation>Enregistrer la correction</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="228" />
      <source>Select an intervention in the log to take notes.</source>
      <translation>Choisissez une intervention dans le journal pour prendre des notes.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="95" />
      <location filename="../../floorapp/gui/console/notes_editor.py" line="289" />
      <source>Strike</source>
      <translation>Rayer</translation>
    </message>
  </context>
  <context>
    <name>PhaseStyle</name>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="31" />
      <source>Floor is free</source>
      <translation>Personne n’a la parole</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="39" />
      <source>Over time</source>
      <translation>Temps dépassé</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="34" />
      <source>PAUSED</source>
      <translation>EN PAUSE</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="36" />
      <source>Speaking</source>
      <translation>À la parole</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="38" />
      <source>TIME IS UP</source>
      <translation>TEMPS ÉCOULÉ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="37" />
      <source>Time almost up</source>
      <translation>Temps presque écoulé</translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="88" />
      <source>&amp;Copy</source>
      <translation>&amp;Copier</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="81" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="47" />
      <source>No details are known.</source>
      <translation>Aucun détail n’est connu.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="61" />
      <source>Nothing was changed. The problem:</source>
      <translation>Rien n’a été modifié. Le problème :</translation>
    </message>
    <message>
      <source>Nothing was changed. The {count} problems:</source>
      <translation type="vanished">Rien n’a été modifié. Les problèmes ({count}) :</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/dialogs/problems.py" line="62" />
      <source>Nothing was changed. The {n} problems:</source>
      <translation>
        <numerusform>Rien n’a été modifié. Le problème :</numerusform>
        <numerusform>Rien n’a été modifié. Les {n} problèmes :</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Programme</name>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="59" />
      <source>Chair:</source>
      <translation>Présidence :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="61" />
      <source>Moderator:</source>
      <translation>Modération :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="55" />
      <source>Not open. Enter opens it.</source>
      <translation>Pas ouverte. Entrée l’ouvre.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_model.py" line="104" />
      <source>Open now</source>
      <translation>Ouverte</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="64" />
      <source>Panellists:</source>
      <translation>Intervenants :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="162" />
      <source>Select a segment to see its panel and themes.</source>
      <translation>Choisissez une partie pour voir ses intervenants et ses thèmes.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="67" />
      <source>Themes:</source>
      <translation>Thèmes :</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeEditor</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="54" />
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="53" />
      <source>&amp;Add</source>
      <translation>&amp;Ajouter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="84" />
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="168" />
      <source>&amp;Chair:</source>
      <translation>&amp;Présidence :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="166" />
      <source>&amp;Date:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="170" />
      <source>&amp;Description:</source>
      <translation>&amp;Description :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="169" />
      <source>&amp;Ends at:</source>
      <translation>&amp;Fin :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="165" />
      <source>&amp;Id:</source>
      <translation>&amp;Identifiant :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="166" />
      <source>&amp;Kind:</source>
      <translation>&amp;Type :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="138" />
      <source>&amp;Limits</source>
      <translation>&amp;Temps de parole</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="70" />
      <source>&amp;Meeting</source>
      <translation>&amp;Séance</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="208" />
      <source>&amp;Moderator:</source>
      <translation>&amp;Modération :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="130" />
      <source>&amp;People</source>
      <translation>&amp;Personnes</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="55" />
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="54" />
      <source>&amp;Remove</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="129" />
      <source>&amp;Segment</source>
      <translation>&amp;Partie</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="132" />
      <source>&amp;Themes</source>
      <translation>&amp;Thèmes</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="165" />
      <source>&amp;Title:</source>
      <translation>&amp;Titre :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="167" />
      <source>&amp;Venue:</source>
      <translation>&amp;Lieu :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="60" />
      <source>A panellist of {segment} has a role but no name.</source>
      <translation>Un intervenant de {segment} a une fonction mais pas de nom.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="53" />
      <source>A theme of {segment} has an id but no title.</source>
      <translation>Un thème de {segment} a un identifiant mais pas de titre.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="79" />
      <source>Also &amp;save to a programme file:</source>
      <translation>Enregistrer aussi dans un fichier de &amp;programme :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="44" />
      <source>Break</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="207" />
      <source>C&amp;hair:</source>
      <translation>&amp;Présidence :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="38" />
      <source>Chair</source>
      <translation>Présidence</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="35" />
      <source>Civil society</source>
      <translation>Société civile</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="43" />
      <source>Closing</source>
      <translation>Clôture</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="67" />
      <source>Edit the programme</source>
      <translation>Modifier le programme</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="145" />
      <source>Empty fields and grey text show the original, which is used until a translation is written.</source>
      <translation>Les champs vides et le texte grisé montrent l’original, utilisé tant qu’aucune traduction n’est écrite.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="131" />
      <source>Id</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="42" />
      <source>Interactive dialogue</source>
      <translation>Dialogue interactif</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="31" />
      <source>Member States</source>
      <translation>États Membres</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="37" />
      <source>Moderator</source>
      <translation>Modération</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="57" />
      <source>Move &amp;down</source>
      <translation>Descen&amp;dre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="56" />
      <source>Move &amp;up</source>
      <translation>&amp;Monter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="59" />
      <source>Move down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="59" />
      <source>Move up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="74" />
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="100" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="128" />
      <source>Not translated yet: the original is shown</source>
      <translation>Pas encore traduit : l’original est affiché</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="32" />
      <source>Observer States</source>
      <translation>États observateurs</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="33" />
      <source>Observers</source>
      <translation>Observateurs</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="40" />
      <source>Opening</source>
      <translation>Ouverture</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="45" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="39" />
      <source>Other participants</source>
      <translation>Autres participants</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="41" />
      <source>Panel discussion</source>
      <translation>Débat</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="209" />
      <source>Panellist</source>
      <translation>Intervenant(e)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="36" />
      <source>Panellists</source>
      <translation>Intervenants</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="42" />
      <source>Points of order</source>
      <translation>Motions d’ordre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="239" />
      <source>Programmes (*.toml);;All files (*)</source>
      <translation>Fichiers de programme (*.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="41" />
      <source>Questions to the panel</source>
      <translation>Questions aux intervenants</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="43" />
      <source>Right of reply (first)</source>
      <translation>Droit de réponse (premier)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="44" />
      <source>Right of reply (second)</source>
      <translation>Droit de réponse (second)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="209" />
      <source>Role</source>
      <translation>Fonction</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="77" />
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="102" />
      <source>Role, e.g. Executive Director, UNODC</source>
      <translation>Fonction, p. ex. Directeur exécutif, ONUDC</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="168" />
      <source>S&amp;tarts at:</source>
      <translation>&amp;Début :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="238" />
      <source>Save the programme</source>
      <translation>Enregistrer le programme</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="73" />
      <source>Se&amp;gments</source>
      <translation>&amp;Parties</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="46" />
      <source>Segment {n} needs a title.</source>
      <translation>La partie {n} doit avoir un titre.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="171" />
      <source>Show the &amp;ids used in the programme file</source>
      <translation>Afficher les &amp;identifiants du fichier de programme</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="169" />
      <source>Speaking &amp;limits:</source>
      <translation>&amp;Temps de parole :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="40" />
      <source>Statements on behalf of a group</source>
      <translation>Déclarations au nom d’un groupe</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="167" />
      <source>T&amp;itle:</source>
      <translation>T&amp;itre :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="125" />
      <source>Te&amp;xts in:</source>
      <translation>Te&amp;xtes en :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="43" />
      <source>The id “{id}” of {segment} may only have letters, digits, - and _.</source>
      <translation>L’identifiant « {id} » de {segment} ne peut contenir que des lettres, des chiffres, - et _.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="90" />
      <source>The limit for {key} must be more than zero.</source>
      <translation>Le temps de parole pour {key} doit être supérieur à zéro.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="73" />
      <source>The meeting needs a title.</source>
      <translation>La séance doit avoir un titre.</translation>
    </message>
    <message>
      <source>The meeting uses the new programme, but {path} could not be written: {reason}</source>
      <translation type="vanished">La séance utilise le nouveau programme, mais {path} n’a pas pu être écrit : {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="281" />
      <source>The meeting uses the new programme, but {path} could not be written: {reason}. Choose another file, or clear “Also save”.</source>
      <translation>La séance utilise le nouveau programme, mais {path} n’a pas pu être écrit : {reason}. Choisissez un autre fichier ou décochez « Enregistrer aussi ».</translation>
    </message>
    <message>
      <source>The programme file was not saved</source>
      <translation type="vanished">Le fichier de programme n’a pas été enregistré</translation>
    </message>
    <message>
      <source>The programme itself was changed.</source>
      <translation type="vanished">Le programme lui-même a été modifié.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="75" />
      <source>The programme needs at least one segment.</source>
      <translation>Le programme doit avoir au moins une partie.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="264" />
      <source>The programme was not replaced.</source>
      <translation>Le programme n’a pas été remplacé.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="104" />
      <source>The segment “{title}” (id {id}) cannot be removed or renamed: its list of speakers has already been opened.</source>
      <translation>La partie « {title} » (identifiant {id}) ne peut être ni supprimée ni renommée : sa liste des orateurs a déjà été ouverte.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="114" />
      <source>The theme “{id}” of “{segment}” cannot be removed: notes are tagged with it.</source>
      <translation>Le thème « {id} » de « {segment} » ne peut pas être supprimé : des notes y sont rattachées.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="131" />
      <source>Theme</source>
      <translation>Thème</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="80" />
      <source>Two segments have the id “{id}”; each needs its own.</source>
      <translation>Deux parties ont l’identifiant « {id} » ; chacune doit avoir le sien.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="55" />
      <source>Two themes of {segment} have the id “{id}”.</source>
      <translation>Deux thèmes de {segment} ont l’identifiant « {id} ».</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="34" />
      <source>UN system</source>
      <translation>Système des Nations Unies</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="148" />
      <source>a short name, e.g. panel-1</source>
      <translation>un nom court, p. ex. panel-1</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="100" />
      <source>as the meeting ({time})</source>
      <translation>comme la séance ({time})</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="190" />
      <source>default ({time})</source>
      <translation>par défaut ({time})</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="29" />
      <source>segment {n}</source>
      <translation>partie {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="120" />
      <source>{language} (original)</source>
      <translation>{language} (original)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="148" />
      <source>{n} texts are not translated yet.</source>
      <translation>
        <numerusform>{n} texte n’est pas encore traduit.</numerusform>
        <numerusform>{n} textes ne sont pas encore traduits.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="48" />
      <source>{segment} ends at {end}, which is not after its start at {start}.</source>
      <translation>{segment} se termine à {end}, ce qui n’est pas après son début à {start}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="40" />
      <source>{segment} needs an id (a short name such as panel-1).</source>
      <translation>{segment} doit avoir un identifiant (un nom court comme panel-1).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="84" />
      <source>{segment} starts at {start}, before {previous} ends at {end}.</source>
      <translation>{segment} commence à {start}, avant la fin de {previous} à {end}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="222" />
      <source>… and {n} more.</source>
      <translation>
        <numerusform>… et {n} de plus.</numerusform>
        <numerusform>… et {n} de plus.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProgrammeTexts</name>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>Arabic</source>
      <translation>arabe</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>Chinese</source>
      <translation>chinois</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>English</source>
      <translation>anglais</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>French</source>
      <translation>français</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="44" />
      <source>Not translated into {wanted}: shown in {original}.</source>
      <translation>Non traduit en {wanted} : affiché en {original}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="24" />
      <source>Russian</source>
      <translation>russe</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="24" />
      <source>Spanish</source>
      <translation>espagnol</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="22" />
      <source>Folder</source>
      <translation>Dossier</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="20" />
      <source>&amp;Look in:</source>
      <translation>&amp;Regarder dans :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="21" />
      <source>Files of &amp;type:</source>
      <translation>Fichiers de &amp;type :</translation>
    </message>
  </context>
  <context>
    <name>QFileIconProvider</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="23" />
      <source>Folder</source>
      <translation>Dossier</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="24" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="27" />
      <source>Apply</source>
      <translation>Appliquer</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="26" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="28" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="25" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>Record</name>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="60" />
      <source>&amp;Amount:</source>
      <translation>&amp;Montant :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="65" />
      <source>&amp;Currency (ISO code):</source>
      <translation>&amp;Monnaie (code ISO) :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="76" />
      <source>&amp;Delivered by:</source>
      <translation>&amp;Prononcée par :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="81" />
      <source>&amp;Ended at:</source>
      <translation>&amp;Fin :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="73" />
      <location filename="../../floorapp/gui/console/correction.py" line="68" />
      <source>&amp;Kind:</source>
      <translation>&amp;Type :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="62" />
      <source>&amp;Speaker:</source>
      <translation>&amp;Orateur :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="53" />
      <source>&amp;What was announced:</source>
      <translation>&amp;Ce qui a été annoncé :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="37" />
      <source>(struck) {text}</source>
      <translation>(rayé) {text}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="71" />
      <source>A personal gift is listed apart from the States' pledges and left out of their total</source>
      <translation>Un don personnel est mentionné à part des contributions annoncées par les États et n’entre pas dans leur total</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="107" />
      <source>An announcement or a pledge, with its amount</source>
      <translation>Une annonce ou une contribution annoncée, avec son montant</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="47" />
      <source>Announcement</source>
      <translation>Annonce</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="105" />
      <source>Announcement…</source>
      <translation>Annonce…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="80" />
      <source>Another language</source>
      <translation>Autre langue</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="46" />
      <source>Correct the intervention</source>
      <translation>Corriger l’intervention</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="114" />
      <source>Correct the speaker, kind, on behalf of, delivered by or times</source>
      <translation>Corriger l’orateur, le type, au nom de, prononcée par ou les heures</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="112" />
      <source>Correct…</source>
      <translation>Corriger…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="59" />
      <source>Deputy Permanent Representative</source>
      <translation>Représentant permanent adjoint</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="55" />
      <source>Deputy Prime Minister</source>
      <translation>Vice-Premier Ministre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="53" />
      <source>Head of Government</source>
      <translation>Chef de gouvernement</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="52" />
      <source>Head of State</source>
      <translation>Chef d’État</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="77" />
      <source>Language: not recorded</source>
      <translation>Langue : non indiquée</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="96" />
      <source>Level of representation of whoever spoke for the delegation (the Summary counts ministers and above)</source>
      <translation>Niveau de représentation de la personne qui a pris la parole au nom de la délégation (le Résumé compte les ministres et au-delà)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="93" />
      <source>Level: not recorded</source>
      <translation>Niveau : non indiqué</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="56" />
      <source>Minister</source>
      <translation>Ministre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="72" />
      <source>On &amp;behalf of:</source>
      <translation>Au &amp;nom de :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="60" />
      <source>Other level</source>
      <translation>Autre niveau</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="58" />
      <source>Permanent Representative</source>
      <translation>Représentant permanent</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="69" />
      <source>Personal gift (such as the President's own donation)</source>
      <translation>Don personnel (par exemple un don du Président à titre personnel)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="68" />
      <source>Pledge (or an announcement, without an amount)</source>
      <translation>Annonce de contribution (ou annonce, sans montant)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="189" />
      <source>Restore announcement</source>
      <translation>Rétablir l’annonce</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="78" />
      <source>S&amp;tarted at:</source>
      <translation>&amp;Début :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="109" />
      <location filename="../../floorapp/gui/console/record_panel.py" line="190" />
      <source>Strike announcement</source>
      <translation>Rayer l’annonce</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="162" />
      <source>The correction was not recorded.</source>
      <translation>La correction n’a pas été enregistrée.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="85" />
      <source>The delegation handed in a written statement</source>
      <translation>La délégation a remis une déclaration écrite</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="81" />
      <source>The language the statement was delivered in</source>
      <translation>La langue dans laquelle la déclaration a été prononcée</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="52" />
      <source>The original stays in the journal; the log and the exports show the correction.</source>
      <translation>L’original reste dans le journal des événements ; le journal et les exportations montrent la correction.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="60" />
      <source>Type a name as in the add field: any of the six languages or a short form.</source>
      <translation>Tapez un nom comme dans le champ d’ajout : dans l’une des six langues ou sous une forme abrégée.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="57" />
      <source>Vice-Minister</source>
      <translation>Vice-Ministre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="54" />
      <source>Vice-President</source>
      <translation>Vice-Président</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="88" />
      <source>Video message</source>
      <translation>Message vidéo</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="83" />
      <source>Written statement</source>
      <translation>Déclaration écrite</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="51" />
      <source>e.g. Pledge to the UN Voluntary Trust Fund</source>
      <translation>p. ex. contribution annoncée au Fonds de contributions volontaires des Nations Unies</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="59" />
      <source>no amount</source>
      <translation>sans montant</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="75" />
      <source>the speaker themself</source>
      <translation>l’orateur lui-même</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="35" />
      <source>{text} (personal gift)</source>
      <translation>{text} (don personnel)</translation>
    </message>
  </context>
  <context>
    <name>SegmentClock</name>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="107" />
      <source>No segment is open.</source>
      <translation>Aucune partie n’est ouverte.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="115" />
      <source>Now {now} · scheduled end {end} · {n} waiting, {need} needed</source>
      <translation>Il est {now} · fin prévue {end} · {n} en attente, {need} nécessaires</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="108" />
      <source>Open one from the programme (Ctrl+1, then Enter).</source>
      <translation>Ouvrez-en une depuis le programme (Ctrl+1, puis Entrée).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="46" />
      <source>The list ends at {end}, {m} min before the scheduled end.</source>
      <translation>La liste se termine à {end}, {m} min avant la fin prévue.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="50" />
      <source>The list ends at {end}: {m} min over; {advice}.</source>
      <translation>La liste se termine à {end} : {m} min de dépassement ; {advice}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="41" />
      <source>The list is empty; the segment is {m} min over its scheduled end.</source>
      <translation>La liste est vide ; la partie dépasse de {m} min sa fin prévue.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="40" />
      <source>The list is empty; {m} min left until the scheduled end.</source>
      <translation>La liste est vide ; {m} min restent avant la fin prévue.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="48" />
      <source>consider shortening the limit</source>
      <translation>envisagez de réduire le temps de parole</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="49" />
      <source>consider shortening the limit or closing the list</source>
      <translation>envisagez de réduire le temps de parole ou de clore la liste</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="51" />
      <location filename="../../floorapp/cues/prefs.py" line="55" />
      <location filename="../../floorapp/cues/prefs.py" line="59" />
      <location filename="../../floorapp/cues/prefs.py" line="63" />
      <source>A sound file (WAV, MP3, OGG or FLAC) played instead of the built-in sound; empty for the built-in sound.</source>
      <translation>Un fichier son (WAV, MP3, OGG ou FLAC) joué à la place du son intégré ; vide pour le son intégré.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="31" />
      <source>Audio output for cues</source>
      <translation>Sortie audio des signaux</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="161" />
      <source>Console language</source>
      <translation>Langue de la console</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="198" />
      <source>Console layout</source>
      <translation>Disposition de la console</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="28" />
      <source>Cue volume</source>
      <translation>Volume des signaux</translation>
    </message>
    <message>
      <source>Display language</source>
      <translation type="vanished">Langue d’affichage</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="194" />
      <source>Export folders</source>
      <translation>Dossiers d’exportation</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="173" />
      <source>Font scale</source>
      <translation>Taille du texte</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="177" />
      <source>High contrast</source>
      <translation>Contraste élevé</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="181" />
      <source>Index of the screen for the speaker display; -1 picks the second screen if there is one.</source>
      <translation>Numéro de l’écran pour l’écran des orateurs ; -1 choisit le deuxième écran s’il y en a un.</translation>
    </message>
    <message>
      <source>Language of the app and of the names it shows: ar, zh, en, fr, ru or es.</source>
      <translation type="vanished">Langue de l’application et des noms qu’elle affiche : ar, zh, en, fr, ru ou es.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="161" />
      <source>Language of the console: its menus, dialogs and messages, the names and the programme it shows, dates and numbers.</source>
      <translation>Langue de la console : ses menus, boîtes de dialogue et messages, les noms et le programme qu’elle affiche, les dates et les nombres.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="167" />
      <source>Language of the speaker display for the room (names, words and the programme); empty: the console's language.</source>
      <translation>Langue de l’écran des orateurs pour la salle (noms, mots et programme) ; vide : la langue de la console.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="28" />
      <source>Loudness of the sound cues, from 0 (silent) to 1 (full).</source>
      <translation>Intensité des signaux sonores, de 0 (muet) à 1 (plein volume).</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="186" />
      <source>Meeting databases opened lately, newest first.</source>
      <translation>Bases de données de séances ouvertes récemment, la plus récente d’abord.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/mute.py" line="12" />
      <source>Mute sound cues</source>
      <translation>Couper les signaux sonores</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="155" />
      <source>Order of the list</source>
      <translation>Ordre de la liste</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="41" />
      <source>Overrun reminder</source>
      <translation>Rappel de dépassement</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="149" />
      <source>Overrun reminder interval</source>
      <translation>Intervalle du rappel de dépassement</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="59" />
      <source>Overrun reminder sound</source>
      <translation>Son du rappel de dépassement</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="44" />
      <source>Play a cue when a point of order takes the floor.</source>
      <translation>Jouer un signal quand une motion d’ordre prend la parole.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="39" />
      <source>Play a cue when the speaker's time is up.</source>
      <translation>Jouer un signal quand le temps de l’orateur est écoulé.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="37" />
      <source>Play a cue when the warning time is reached.</source>
      <translation>Jouer un signal quand le temps d’avertissement est atteint.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="41" />
      <source>Play a reminder at every reminder interval while a speaker is over time.</source>
      <translation>Jouer un rappel à chaque intervalle de rappel tant qu’un orateur dépasse son temps.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="44" />
      <source>Point-of-order cue</source>
      <translation>Signal de motion d’ordre</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="63" />
      <source>Point-of-order sound</source>
      <translation>Son de la motion d’ordre</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="190" />
      <source>Programme files</source>
      <translation>Fichiers de programme</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="177" />
      <source>Pure black, white, yellow and red for the countdown states.</source>
      <translation>Noir, blanc, jaune et rouge purs pour les états du compte à rebours.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="186" />
      <source>Recent meetings</source>
      <translation>Séances récentes</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="173" />
      <source>Scales the text of the console (1.0 is the system size).</source>
      <translation>Met à l’échelle le texte de la console (1.0 est la taille du système).</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="134" />
      <source>Seconds allotted to this kind of speaker in new meetings, unless the programme sets its own limit (0: no limit, the default for the chair, moderators and panellists).</source>
      <translation>Secondes accordées à ce type d’orateur dans les nouvelles séances, sauf si le programme fixe son propre temps de parole (0 : aucune limite, la valeur par défaut pour la présidence, les modérateurs et les intervenants).</translation>
    </message>
    <message>
      <source>Seconds allotted to this kind of speaker in new meetings, unless the programme sets its own limit.</source>
      <translation type="vanished">Secondes accordées à ce type d’orateur dans les nouvelles séances, sauf si le programme fixe son propre temps de parole.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/mute.py" line="12" />
      <source>Silence every sound cue; the countdown colours still change.</source>
      <translation>Coupe tous les signaux sonores ; les couleurs du compte à rebours changent toujours.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="167" />
      <source>Speaker display language</source>
      <translation>Langue de l’écran des orateurs</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="181" />
      <source>Speaker display screen</source>
      <translation>Écran pour l’affichage des orateurs</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="144" />
      <source>The countdown turns to its warning state when this many seconds are left.</source>
      <translation>Le compte à rebours passe à l’avertissement quand il reste ce nombre de secondes.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="190" />
      <source>The programme file each meeting was created from (the programme editor saves to it).</source>
      <translation>Le fichier de programme dont chaque séance est issue (l’éditeur de programme y enregistre).</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="31" />
      <source>The sound device the cues play on, by name or id; empty for the system's default output.</source>
      <translation>Le périphérique audio sur lequel jouer les signaux, par nom ou identifiant ; vide pour la sortie par défaut du système.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="39" />
      <source>Time-up cue</source>
      <translation>Signal de fin du temps</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="55" />
      <source>Time-up sound</source>
      <translation>Son de fin du temps</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="37" />
      <source>Warning cue</source>
      <translation>Signal d’avertissement</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="51" />
      <source>Warning sound</source>
      <translation>Son d’avertissement</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="144" />
      <source>Warning time</source>
      <translation>Temps d’avertissement</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="194" />
      <source>Where each meeting's exports were last saved.</source>
      <translation>Où les exportations de chaque séance ont été enregistrées en dernier.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="198" />
      <source>Where the console's panels were left (kept by the app).</source>
      <translation>L’emplacement des panneaux de la console à la dernière fermeture (conservé par l’application).</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="149" />
      <source>While a speaker is over time, a reminder comes every this many seconds (0: none).</source>
      <translation>Tant qu’un orateur dépasse son temps, un rappel vient toutes les ce nombre de secondes (0 : aucun).</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="155" />
      <source>first_come: in the order the floor was asked; un_practice: groups of States first, then Member States, observers and others.</source>
      <translation>first_come : dans l’ordre des demandes de parole ; un_practice : d’abord les groupes d’États, puis les États Membres, les observateurs et les autres.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source> s</source>
      <translation type="vanished"> s</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="221" />
      <source>&amp;Order of the list:</source>
      <translation>&amp;Ordre de la liste :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="229" />
      <source>&amp;Overrun reminder every (0: none):</source>
      <translation>&amp;Rappel de dépassement toutes les (0 : aucun) :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="225" />
      <source>&amp;Warning when this much time is left:</source>
      <translation>&amp;Avertir quand il reste :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="81" />
      <source>Automatic (second screen if any)</source>
      <translation>Automatique (deuxième écran s’il y en a un)</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Civil society</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="314" />
      <source>Display</source>
      <translation>Affichage</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="60" />
      <source>First come, first served</source>
      <translation>Dans l’ordre des demandes</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="313" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="300" />
      <source>Limit: {kind}</source>
      <translation>Temps de parole : {kind}</translation>
    </message>
    <message>
      <source>Member States</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Moderators</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="312" />
      <source>New meetings</source>
      <translation>Nouvelles séances</translation>
    </message>
    <message>
      <source>Observer States</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Observers</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="239" />
      <source>Open a segment to change its speaking limits.</source>
      <translation>Ouvrez une partie pour changer ses temps de parole.</translation>
    </message>
    <message>
      <source>Others</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Panellists</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Points of order</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Questions to the panel</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Rights of reply (first)</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Rights of reply (second)</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="68" />
      <source>Same as the console</source>
      <translation>Comme la console</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="88" />
      <source>Screen {n} (not connected now)</source>
      <translation>Écran {n} (non connecté actuellement)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="85" />
      <source>Screen {n}: {name} ({w}×{h})</source>
      <translation>Écran {n} : {name} ({w}×{h})</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="289" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="237" />
      <source>Speaking limits for the rest of the list of “{segment}”:</source>
      <translation>Temps de parole pour le reste de la liste de « {segment} » :</translation>
    </message>
    <message>
      <source>Statements on behalf of a group</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="304" />
      <source>The console and the speaker display change language at once, each on its own: the room may read French while the officer works in English.</source>
      <translation>La console et l’écran des orateurs changent de langue immédiatement, chacun de son côté : la salle peut lire le français pendant que le fonctionnaire travaille en anglais.</translation>
    </message>
    <message>
      <source>The language of names and of the speaker display, the size of the text, and the screen the speaker display goes to.</source>
      <translation type="vanished">La langue des noms et de l’écran des orateurs, la taille du texte et l’écran où va l’affichage des orateurs.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="263" />
      <source>The meeting's rules were not changed.</source>
      <translation>Les règles de la séance n’ont pas été modifiées.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="308" />
      <source>The size of the console's text, the countdown's colours, and the screen the speaker display goes to.</source>
      <translation>La taille du texte de la console, les couleurs du compte à rebours et l’écran où va l’affichage des orateurs.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="311" />
      <source>This meeting</source>
      <translation>Cette séance</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="61" />
      <source>UN practice: groups, Member States, observers, others</source>
      <translation>Pratique de l’ONU : groupes, États Membres, observateurs, autres</translation>
    </message>
    <message>
      <source>UN system</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>What a new meeting starts with, where its programme does not say (limits in seconds).</source>
      <translation type="vanished">Ce avec quoi une nouvelle séance commence, là où son programme ne dit rien (temps de parole en secondes).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="298" />
      <source>What a new meeting starts with, where its programme does not say (times in minutes and seconds).</source>
      <translation>Ce avec quoi commence une nouvelle séance, là où son programme ne dit rien (durées en minutes et secondes).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="245" />
      <source>no limit</source>
      <translation>aucune limite</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="268" />
      <source>{kind}: the limit was not changed.</source>
      <translation>{kind} : le temps de parole n’a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="198" />
      <source>{title}: {value} is not allowed.</source>
      <translation>{title} : {value} n’est pas autorisé.</translation>
    </message>
  </context>
  <context>
    <name>Sharing</name>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="82" />
      <source>Address of the host:</source>
      <translation>Adresse de l’hôte :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="155" />
      <source>Address: {where}</source>
      <translation>Adresse : {where}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="88" />
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="96" />
      <source>Join</source>
      <translation>Rejoindre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="54" />
      <source>Join a meeting</source>
      <translation>Rejoindre une séance</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="83" />
      <source>Join code:</source>
      <translation>Code d’accès :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="157" />
      <source>Joining …</source>
      <translation>Connexion…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="70" />
      <source>Look again</source>
      <translation>Chercher à nouveau</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="110" />
      <source>Looking for meetings nearby …</source>
      <translation>Recherche de séances à proximité…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="127" />
      <source>Meetings cannot be found automatically on this network. Type the address the host shows.</source>
      <translation>Les séances ne peuvent pas être trouvées automatiquement sur ce réseau. Tapez l’adresse que l’hôte affiche.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="60" />
      <source>Meetings hosted nearby:</source>
      <translation>Séances hébergées à proximité :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="131" />
      <source>No meeting was found nearby. Type the address the host shows.</source>
      <translation>Aucune séance trouvée à proximité. Tapez l’adresse que l’hôte affiche.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="98" />
      <source>On another machine: File &gt; Join a meeting, then the address and the code of that station's role (or: floorapp join ADDRESS CODE). The display's code can only read; the secretary's cannot give the floor until you hand it over (Floor menu).</source>
      <translation>Sur une autre machine : Fichier &gt; Rejoindre une séance, puis l’adresse et le code du rôle de ce poste (ou : floorapp join ADDRESS CODE). Le code de l’écran ne permet que de lire ; celui du secrétaire ne peut pas donner la parole tant que vous ne la lui confiez pas (menu Parole).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="51" />
      <source>Share this meeting</source>
      <translation>Partager cette séance</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="153" />
      <source>Shared: “{title}”. This console now runs it as the officer.</source>
      <translation>Partagée : « {title} ». Cette console la conduit désormais en tant que fonctionnaire.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="173" />
      <source>Sharing stopped; the meeting is whole. Share it again to go on.</source>
      <translation>Partage arrêté ; la séance est intacte. Partagez-la de nouveau pour continuer.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="145" />
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="149" />
      <source>Starting the meeting's own database server …</source>
      <translation>Démarrage du serveur de base de données de la séance…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="118" />
      <source>Stop sharing</source>
      <translation>Arrêter le partage</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="181" />
      <source>Stopping …</source>
      <translation>Arrêt…</translation>
    </message>
    <message>
      <source>That is not a join code: it looks like S-7KQ4-M2XD.</source>
      <translation type="vanished">Ce n’est pas un code d’accès : il ressemble à S-7KQ4-M2XD.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="151" />
      <source>That is not a join code: it looks like S-7KR4-M2XD.</source>
      <translation>Ce n’est pas un code d’accès : il ressemble à S-7KR4-M2XD.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="85" />
      <source>The host's screen (File &gt; Share this meeting) shows the address and one code per role: O for the officer, S for the secretary, D for the display.</source>
      <translation>L’écran de l’hôte (Fichier &gt; Partager cette séance) affiche l’adresse et un code par rôle : O pour le fonctionnaire, S pour le secrétaire, D pour l’écran.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="176" />
      <source>The meeting could not be shared:</source>
      <translation>La séance n’a pas pu être partagée :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="105" />
      <source>The traffic between the stations is not encrypted: share only on a network you trust. Where that is not enough, ask IT for a PostgreSQL server with TLS and open the meeting with its URL (floorapp gui postgresql://…).</source>
      <translation>Les échanges entre les postes ne sont pas chiffrés : ne partagez que sur un réseau de confiance. Si cela ne suffit pas, demandez à l’informatique un serveur PostgreSQL avec TLS et ouvrez la séance avec son URL (floorapp gui postgresql://…).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="127" />
      <source>This meeting is on a database server already: the other stations open it with its address (floorapp gui postgresql://…), with the logins IT gave each role.</source>
      <translation>Cette séance est déjà sur un serveur de base de données : les autres postes l’ouvrent avec son adresse (floorapp gui postgresql://…), avec les identifiants que l’informatique a donnés à chaque rôle.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="154" />
      <source>Type the host's address as it shows it, e.g. 192.168.1.10:5433.</source>
      <translation>Tapez l’adresse de l’hôte telle qu’il l’affiche, p. ex. 192.168.1.10:5433.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="110" />
      <source>Windows Firewall must let other machines in on the port shown above (an inbound rule for TCP).</source>
      <translation>Le pare-feu Windows doit laisser entrer les autres machines sur le port indiqué ci-dessus (une règle entrante pour TCP).</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="189" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Floor</source>
      <translation type="vanished">&amp;Parole</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="193" />
      <source>&amp;Help</source>
      <translation>Ai&amp;de</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="191" />
      <source>&amp;List</source>
      <translation>&amp;Liste</translation>
    </message>
    <message>
      <source>&amp;Meeting</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="192" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="173" />
      <source>A participant who is not on the roster (an NGO, an organisation, a person).</source>
      <translation>Un participant absent de la liste de référence (ONG, organisation, personne).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="172" />
      <source>Add a participant…</source>
      <translation>Ajouter un participant…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="118" />
      <source>Add to the list</source>
      <translation>Inscrire sur la liste</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="135" />
      <source>Close / reopen the list</source>
      <translation>Clore / rouvrir la liste</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="179" />
      <source>Close the console; the meeting is saved as it goes.</source>
      <translation>Fermer la console ; la séance est enregistrée au fur et à mesure.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="136" />
      <source>Close the list of speakers to new inscriptions, or reopen it.</source>
      <translation>Clore la liste des orateurs aux nouvelles inscriptions, ou la rouvrir.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="156" />
      <source>Create a meeting database from a programme file.</source>
      <translation>Créer une base de données de séance à partir d’un fichier de programme.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="169" />
      <source>Edit the programme…</source>
      <translation>Modifier le programme…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="97" />
      <source>End the current intervention; one undo brings it back.</source>
      <translation>Terminer l’intervention en cours ; une annulation la rétablit.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="91" />
      <source>End the current turn and give the floor to the first on the list.</source>
      <translation>Terminer le tour en cours et donner la parole au premier de la liste.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="96" />
      <source>End the turn</source>
      <translation>Terminer l’intervention</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="98" />
      <source>Extend by 30 s</source>
      <translation>Prolonger de 30 s</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="190" />
      <source>Fl&amp;oor</source>
      <translation>&amp;Parole</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="99" />
      <source>Give the speaker 30 seconds more.</source>
      <translation>Donner 30 secondes de plus à l’orateur.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="140" />
      <source>Go to the list</source>
      <translation>Aller à la liste</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="142" />
      <source>Go to the log</source>
      <translation>Aller au journal</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="138" />
      <source>Go to the programme</source>
      <translation>Aller au programme</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="114" />
      <source>Hand the floor to the secretary</source>
      <translation>Confier la parole au secrétaire</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="151" />
      <source>High contrast</source>
      <translation>Contraste élevé</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="164" />
      <source>Host this meeting on the network: a join code for the secretary's and the display's stations.</source>
      <translation>Héberger cette séance sur le réseau : un code d’accès pour les postes du secrétaire et de l’écran.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="166" />
      <source>Join a meeting…</source>
      <translation>Rejoindre une séance…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="181" />
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="147" />
      <source>Larger text</source>
      <translation>Texte plus grand</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="115" />
      <source>Let the secretary's station give the floor and run the clock, or take them back (journaled).</source>
      <translation>Permettre au poste du secrétaire de donner la parole et de gérer le chronomètre, ou le reprendre (consigné).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="148" />
      <source>Make the console's text larger.</source>
      <translation>Agrandir le texte de la console.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="150" />
      <source>Make the console's text smaller.</source>
      <translation>Réduire le texte de la console.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="129" />
      <source>Mark absent</source>
      <translation>Marquer absent</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="123" />
      <source>Move down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="122" />
      <source>Move the selected request one place earlier.</source>
      <translation>Avancer la demande choisie d’une place.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="124" />
      <source>Move the selected request one place later.</source>
      <translation>Reculer la demande choisie d’une place.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="121" />
      <source>Move up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="112" />
      <source>Mute sound cues</source>
      <translation>Couper les signaux sonores</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="158" />
      <source>New meeting from a concept note…</source>
      <translation>Nouvelle séance à partir d’une note de cadrage…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="155" />
      <source>New meeting from a programme…</source>
      <translation>Nouvelle séance à partir d’un programme…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="90" />
      <source>Next speaker</source>
      <translation>Orateur suivant</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="167" />
      <source>Open a meeting another machine hosts, with its join code.</source>
      <translation>Ouvrir une séance hébergée par une autre machine, avec son code d’accès.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="162" />
      <source>Open an existing meeting database.</source>
      <translation>Ouvrir une base de données de séance existante.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="161" />
      <source>Open meeting…</source>
      <translation>Ouvrir une séance…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="159" />
      <source>Paste or open a concept note; check the proposed programme; create the meeting.</source>
      <translation>Coller ou ouvrir une note de cadrage ; vérifier le programme proposé ; créer la séance.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="93" />
      <source>Pause / resume</source>
      <translation>Pause / reprise</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="102" />
      <source>Point of order…</source>
      <translation>Motion d’ordre…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="152" />
      <source>Pure black, white, yellow and red countdown states.</source>
      <translation>États du compte à rebours en noir, blanc, jaune et rouge purs.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="133" />
      <source>Put the selected (or first) absent delegation back at the top of the list.</source>
      <translation>Remettre la délégation absente choisie (ou la première) en tête de la liste.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="178" />
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="132" />
      <source>Recall absent</source>
      <translation>Rappeler un absent</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="110" />
      <source>Redo</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="111" />
      <source>Restore the last undone floor action.</source>
      <translation>Rétablir la dernière action annulée.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="105" />
      <source>Right of reply…</source>
      <translation>Droit de réponse…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="170" />
      <source>Segments, times, limits, themes and panellists; saved in the journal.</source>
      <translation>Parties, horaires, temps de parole, thèmes et intervenants ; enregistrés dans le journal des événements.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="143" />
      <source>Select a past intervention to add or correct its notes.</source>
      <translation>Choisir une intervention passée pour ajouter ou corriger ses notes.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="141" />
      <source>Select a request with the arrows.</source>
      <translation>Choisir une demande avec les flèches.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="139" />
      <source>Select a segment with the arrows and open it with Enter.</source>
      <translation>Choisir une partie avec les flèches et l’ouvrir avec Entrée.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="128" />
      <source>Send the selected request to the end of the list.</source>
      <translation>Envoyer la demande choisie en fin de liste.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="127" />
      <source>Send to the end</source>
      <translation>Renvoyer en fin de liste</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="130" />
      <source>Set aside the selected request: the delegation is not in the room.</source>
      <translation>Mettre de côté la demande choisie : la délégation n’est pas dans la salle.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="175" />
      <source>Settings…</source>
      <translation>Paramètres…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="163" />
      <source>Share this meeting…</source>
      <translation>Partager cette séance…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="100" />
      <source>Shorten by 30 s</source>
      <translation>Réduire de 30 s</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="182" />
      <source>Show every shortcut of the console.</source>
      <translation>Afficher tous les raccourcis de la console.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="145" />
      <source>Show or hide the speaker display for the room.</source>
      <translation>Afficher ou masquer l’écran des orateurs pour la salle.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="113" />
      <source>Silence the sound cues, or bring them back.</source>
      <translation>Couper les signaux sonores, ou les rétablir.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="149" />
      <source>Smaller text</source>
      <translation>Texte plus petit</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="144" />
      <source>Speaker display</source>
      <translation>Écran des orateurs</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="94" />
      <source>Stop or restart the speaker's time (Space works outside text fields).</source>
      <translation>Arrêter ou relancer le temps de l’orateur (Espace fonctionne hors des champs de texte).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="101" />
      <source>Take 30 seconds from the speaker's time.</source>
      <translation>Retirer 30 secondes au temps de l’orateur.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="109" />
      <source>Take back the last floor action.</source>
      <translation>Annuler la dernière action.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="126" />
      <source>Take the selected request off the list.</source>
      <translation>Retirer de la liste la demande choisie.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="176" />
      <source>This meeting's rules and limits, defaults for new meetings, the display and the sound cues.</source>
      <translation>Règles et temps de parole de cette séance, valeurs par défaut des nouvelles séances, affichage et signaux sonores.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="119" />
      <source>Type a few letters of a name in any language and press Enter.</source>
      <translation>Tapez quelques lettres d’un nom dans n’importe quelle langue, puis Entrée.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="106" />
      <source>Type who asks for a right of reply; it is taken at the end of the list.</source>
      <translation>Tapez qui demande un droit de réponse ; il est pris en fin de liste.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="103" />
      <source>Type who raises a point of order; it is heard at once, pausing the speaker.</source>
      <translation>Tapez qui soulève une motion d’ordre ; elle est entendue immédiatement, l’orateur étant interrompu.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="108" />
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="125" />
      <source>Withdraw</source>
      <translation>Retirer</translation>
    </message>
  </context>
  <context>
    <name>SpeakerDisplay</name>
    <message>
      <location filename="../../floorapp/gui/display/speaker_display.py" line="154" />
      <source>Floor — speaker display</source>
      <translation>Floor — écran des orateurs</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/display/lines.py" line="130" />
      <source>Next speaker</source>
      <translation>Prochain orateur</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/display/lines.py" line="135" />
      <source>Next speakers</source>
      <translation>Prochains orateurs</translation>
    </message>
    <message>
      <source>Speaker display</source>
      <translation type="vanished">Écran des orateurs</translation>
    </message>
  </context>
  <context>
    <name>SpeakersView</name>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="214" />
      <source>Absent, to recall: {n}</source>
      <translation>Absents, à rappeler : {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="211" />
      <source>LIST CLOSED</source>
      <translation>LISTE CLOSE</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="203" />
      <source>List of speakers: open a segment of the programme first.</source>
      <translation>Liste des orateurs : ouvrez d’abord une partie du programme.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="208" />
      <source>List of speakers: {n} waiting, {t} needed</source>
      <translation>Liste des orateurs : {n} en attente, {t} nécessaires</translation>
    </message>
  </context>
  <context>
    <name>Stations</name>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="148" />
      <source>Display station (reads only)</source>
      <translation>Poste d’écran (lecture seule)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="147" />
      <source>Officer's station</source>
      <translation>Poste du fonctionnaire</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="146" />
      <source>Officer's station: the floor is handed to the secretary</source>
      <translation>Poste du fonctionnaire : la parole est confiée au secrétaire</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="50" />
      <source>Only the chair's officer can do this.</source>
      <translation>Seul le fonctionnaire de la présidence peut faire cela.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="48" />
      <source>Only the chair's officer gives the floor and runs the clock, until the officer hands them over to this station.</source>
      <translation>Seul le fonctionnaire de la présidence donne la parole et gère le chronomètre, jusqu’à ce qu’il les confie à ce poste.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="143" />
      <source>Secretary's station: the officer handed you the floor</source>
      <translation>Poste du secrétaire : le fonctionnaire vous a confié la parole</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="144" />
      <source>Secretary's station: the officer has the floor</source>
      <translation>Poste du secrétaire : la parole est au fonctionnaire</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="135" />
      <source>Take the floor back from the secretary</source>
      <translation>Reprendre la parole au secrétaire</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="43" />
      <source>display</source>
      <translation>écran</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="42" />
      <source>officer</source>
      <translation>fonctionnaire</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="42" />
      <source>secretary</source>
      <translation>secrétaire</translation>
    </message>
  </context>
  <context>
    <name>Synthesis</name>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="176" />
      <source>Edit the Summary's synthesis…</source>
      <translation>Modifier la synthèse du Résumé…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="78" />
      <source>Keep</source>
      <translation>Conserver</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="90" />
      <source>Kept in the Summary:</source>
      <translation>Texte retenu pour le Résumé :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="178" />
      <source>Kept text in the Summary.</source>
      <translation>Le Résumé reprend le texte retenu.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="204" />
      <source>Kept. The next export prints this text.</source>
      <translation>Texte conservé ; la prochaine exportation le reprendra.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="62" />
      <source>Language of the Summary:</source>
      <translation>Langue du Résumé :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="164" />
      <source>No key points have been recorded yet.</source>
      <translation>Aucun point essentiel n’a encore été consigné.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="148" />
      <source>Opening paragraph: speakers and panellists</source>
      <translation>Paragraphe d’introduction : orateurs et intervenants</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="150" />
      <source>Points under no theme</source>
      <translation>Points hors thème</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="88" />
      <source>Proposed by Floor (from the notes, unattributed):</source>
      <translation>Proposé par Floor (d’après les notes, sans attribution) :</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="74" />
      <source>Rewrite the proposal here; a blank line starts a new paragraph.</source>
      <translation>Réécrivez la proposition ici ; une ligne vide commence un nouveau paragraphe.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="82" />
      <source>Start from the proposal</source>
      <translation>Partir de la proposition</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="179" />
      <source>The Summary prints the proposal.</source>
      <translation>Le Résumé reprend la proposition.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="50" />
      <source>The Summary's synthesis</source>
      <translation>Synthèse du Résumé</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="80" />
      <source>Use the proposal</source>
      <translation>Revenir à la proposition</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="75" />
      <source>Chair</source>
      <translation>Président</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="72" />
      <source>Civil society</source>
      <translation>Société civile</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="58" />
      <source>Civil society organization</source>
      <translation>Organisation de la société civile</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="36" />
      <source>GROUP</source>
      <translation>GROUPE</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="37" />
      <source>Group</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="56" />
      <source>Intergovernmental observer (African Union, ICRC …)</source>
      <translation>Observateur intergouvernemental (Union africaine, CICR…)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="68" />
      <source>Member State</source>
      <translation>État Membre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="74" />
      <source>Moderator</source>
      <translation>Modérateur</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="70" />
      <source>Observer</source>
      <translation>Observateur</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="69" />
      <source>Observer State</source>
      <translation>État observateur</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="76" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="42" />
      <source>POINT OF ORDER</source>
      <translation>MOTION D’ORDRE</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="73" />
      <source>Panellist</source>
      <translation>Intervenant</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="42" />
      <location filename="../../floorapp/gui/console/words.py" line="43" />
      <source>Point of order</source>
      <translation>Motion d’ordre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="38" />
      <source>QUESTION</source>
      <translation>QUESTION</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="39" />
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="38" />
      <source>Question to the panel</source>
      <translation>Question aux intervenants</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="40" />
      <source>REPLY</source>
      <translation>RÉPONSE</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="41" />
      <source>Reply</source>
      <translation>Réponse</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="40" />
      <source>Right of reply</source>
      <translation>Droit de réponse</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="35" />
      <location filename="../../floorapp/gui/console/words.py" line="35" />
      <source>Statement</source>
      <translation>Déclaration</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="36" />
      <source>Statement on behalf of a group</source>
      <translation>Déclaration au nom d’un groupe</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="71" />
      <source>UN system</source>
      <translation>Système des Nations Unies</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="57" />
      <source>UN system entity</source>
      <translation>Entité des Nations Unies</translation>
    </message>
    <message>
      <source>{speaker}, on behalf of {group}</source>
      <translation type="vanished">{speaker}, au nom de {group}</translation>
    </message>
    <message>
      <source>{text} (delivered by {person})</source>
      <translation type="vanished">{text} (prononcée par {person})</translation>
    </message>
  </context>
</TS>

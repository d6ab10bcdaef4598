#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace detente {

/// How an actor is named in a text.
enum class MentionKind {
    Name,      ///< its name or an alias ("China", "the US")
    Adjective, ///< a demonym or adjective ("Chinese")
    Metonym,   ///< a capital or seat standing for it ("Beijing", "the Kremlin")
    Nominal,   ///< a description ("the Western military alliance")
    Person,    ///< a person who speaks for an actor ("Jens Stoltenberg", "Stoltenberg")
    Pronoun,   ///< a back-reference to a person ("the official", "he", "the latter")
    Place,     ///< a place that is no actor ("South China Sea"); blocks shorter matches
};

/// A place in a text where an actor or a person is named.
struct Mention {
    QString actor;          ///< canonical actor ("China"); for a person, whom they speak for
    QString person;         ///< canonical person name, when a person is meant
    QStringList candidates; ///< every person an ambiguous surname may mean ("Wang")
    qsizetype begin = 0;
    qsizetype end = 0;
    MentionKind kind = MentionKind::Name;
    bool subject = false;      ///< followed by its verb ("Beijing warned")
    bool strongTarget = false; ///< object of an accusing/meeting verb ("called out Beijing")
    bool topic = false;        ///< only the topic or a place ("the Ukraine war", "in Gaza")
};

} // namespace detente

#pragma once

#include "model/actor.h"
#include "model/event.h"
#include "storage/eventstore.h"

#include <QHash>
#include <QUndoCommand>

#include <functional>

namespace detente {

/// What the edit commands of one database share: the store they write to at once (each change
/// one transaction), the ids of events that came back from a deletion under a new id, and whom
/// to tell that the data changed (or that a write failed).
struct EditContext {
    EventStore *store = nullptr;
    /// Called after every change with the event to show (its current id; 0: none) and the
    /// events written, by their ids now (deleted ones too). `touched` is empty when any event
    /// may have changed (an actor's edit renames it in every event that names it).
    std::function<void(qint64 event, const QList<qint64> &touched)> changed;
    /// Called when a write fails, with the store's message.
    std::function<void(const QString &message)> failed;
    QHash<qint64, qint64> movedIds;

    /// The id an event has now (it changes when a deletion is undone).
    qint64 currentId(qint64 id) const;
};

/// Adds an event (undo deletes it).
class AddEventCommand : public QUndoCommand {
public:
    AddEventCommand(EditContext &context, Event event);
    void redo() override;
    void undo() override;
    qint64 eventId() const { return m_context.currentId(m_id); }

private:
    EditContext &m_context;
    Event m_event;
    qint64 m_id = 0;
    bool m_done = false; ///< redo() ran once (a first one that fails drops the command)
};

/// Rewrites an event (undo writes back what it was).
class EditEventCommand : public QUndoCommand {
public:
    EditEventCommand(EditContext &context, Event before, Event after);
    void redo() override;
    void undo() override;

private:
    Status write(Event event);
    EditContext &m_context;
    Event m_before, m_after;
    bool m_done = false; ///< redo() ran once (a first one that fails drops the command)
};

/// Deletes an event (undo brings it back with its actors, persons, tags, every source that
/// reported it with its quote, what it answers and what answered it).
class DeleteEventCommand : public QUndoCommand {
public:
    /// `event` as stored; its sources' reports are read from the store now, before it goes.
    DeleteEventCommand(EditContext &context, Event event, QStringList answeredBy);
    void redo() override;
    void undo() override;

private:
    EditContext &m_context;
    Event m_event;
    QList<SourceReport> m_mentions; ///< every source's report, first reported first
    QStringList m_answeredBy;       ///< keys of the events that answer this one
    qint64 m_id = 0;                ///< the id it had when first deleted
    bool m_done = false;            ///< redo() ran once (a first one that fails drops it)
};

/// Rewrites an actor: name, kind, code, office, affiliation, aliases (undo writes back what it
/// was). Pushed once the change was written (a refused name never reaches the undo stack).
class EditActorCommand : public QUndoCommand {
public:
    EditActorCommand(EditContext &context, Actor before, Actor after);
    void redo() override;
    void undo() override;

private:
    EditContext &m_context;
    Actor m_before, m_after;
    bool m_written = true; ///< the first redo() only refreshes: the change is already stored
};

/// A key for an event the user adds or that needs one to be found again after an undo.
QString newEventKey();

} // namespace detente

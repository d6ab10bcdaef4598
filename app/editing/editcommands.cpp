#include "editcommands.h"

#include "storage/bulkinsert.h"
#include "storage/eventstore.h"

#include <QCoreApplication>
#include <QUuid>

namespace detente {

qint64 EditContext::currentId(qint64 id) const
{
    // A chain: deleted, restored as b, deleted again, restored as c.
    for (int hops = 0; movedIds.contains(id) && hops < 1000; ++hops)
        id = movedIds.value(id);
    return id;
}

QString newEventKey()
{
    return QStringLiteral("user:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

namespace {
void report(EditContext &context, const Status &status)
{
    if (!status && context.failed)
        context.failed(status.message());
}

/// A command whose first redo() wrote nothing never happened: QUndoStack::push() drops an
/// obsolete command, so Undo does not offer to take back what was not done.
void dropIfNeverDone(QUndoCommand &command, bool &done, const Status &status)
{
    if (!done && !status)
        command.setObsolete(true);
    done = true;
}

void notify(EditContext &context, qint64 id, const QList<qint64> &touched)
{
    if (context.changed)
        context.changed(id, touched);
}
} // namespace

AddEventCommand::AddEventCommand(EditContext &context, Event event)
    : m_context(context)
    , m_event(std::move(event))
{
    if (m_event.key.isEmpty())
        m_event.key = newEventKey();
    m_event.id = 0;
    setText(QCoreApplication::translate("detente::EditCommands", "Add “%1”").arg(m_event.title));
}

void AddEventCommand::redo()
{
    Status s = m_context.store->insertEvents({m_event});
    report(m_context, s);
    dropIfNeverDone(*this, m_done, s);
    const qint64 id = m_context.store->idOfKey(m_event.key);
    if (m_id && id && id != m_id)
        m_context.movedIds.insert(m_id, id);
    if (!m_id)
        m_id = id;
    notify(m_context, id, {id});
}

void AddEventCommand::undo()
{
    const qint64 id = m_context.currentId(m_id);
    report(m_context, m_context.store->deleteEvent(id));
    notify(m_context, 0, {id});
}

EditEventCommand::EditEventCommand(EditContext &context, Event before, Event after)
    : m_context(context)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(QCoreApplication::translate("detente::EditCommands", "Edit “%1”").arg(m_after.title));
}

Status EditEventCommand::write(Event event)
{
    event.id = m_context.currentId(event.id);
    Status s = m_context.store->updateEvent(event);
    report(m_context, s);
    notify(m_context, event.id, {event.id});
    return s;
}

void EditEventCommand::redo()
{
    dropIfNeverDone(*this, m_done, write(m_after));
}

void EditEventCommand::undo()
{
    (void)write(m_before); // a failure was reported; the command stays to be tried again
}

DeleteEventCommand::DeleteEventCommand(EditContext &context, Event event, QStringList answeredBy)
    : m_context(context)
    , m_event(std::move(event))
    , m_mentions(context.store->mentions(m_event.id))
    , m_answeredBy(std::move(answeredBy))
    , m_id(m_event.id)
{
    setText(QCoreApplication::translate("detente::EditCommands", "Delete “%1”").arg(m_event.title));
}

void DeleteEventCommand::redo()
{
    const qint64 id = m_context.currentId(m_id);
    Status s;
    if (m_event.key.isEmpty()) {
        // It needs a key to be found again (and answered again) when it comes back.
        Event keyed = m_event;
        keyed.key = newEventKey();
        keyed.id = id;
        s = m_context.store->updateEvent(keyed);
        if (s)
            m_event.key = keyed.key;
    }
    // The events that answered it answer it no more.
    QList<qint64> touched{id};
    for (const QString &key : std::as_const(m_answeredBy))
        if (const qint64 other = m_context.store->idOfKey(key))
            touched.append(other);
    if (s)
        s = m_context.store->deleteEvent(id);
    report(m_context, s);
    dropIfNeverDone(*this, m_done, s);
    notify(m_context, 0, touched);
}

void DeleteEventCommand::undo()
{
    Event event = m_event;
    event.id = 0;
    // The event with its first source, then every other source's report, in one transaction.
    {
        BulkInsert bulk(m_context.store->database());
        Status s = bulk.status();
        if (s)
            s = bulk.add(event);
        if (s && bulk.added() == 1)
            for (qsizetype i = 1; s && i < m_mentions.size(); ++i)
                s = bulk.addMention(bulk.lastEventId(), m_mentions[i].source, m_mentions[i].quote,
                                    m_mentions[i].begin, m_mentions[i].end);
        if (s)
            s = bulk.commit();
        report(m_context, s);
    }
    const qint64 id = m_context.store->idOfKey(event.key);
    if (id && id != m_context.currentId(m_id))
        m_context.movedIds.insert(m_context.currentId(m_id), id);
    // The events that answered it answer it again.
    QList<qint64> touched{id};
    for (const QString &key : std::as_const(m_answeredBy)) {
        if (auto other = m_context.store->event(m_context.store->idOfKey(key));
            other && !other->answers.contains(event.key)) {
            other->answers.append(event.key);
            report(m_context, m_context.store->updateEvent(*other));
            touched.append(other->id);
        }
    }
    notify(m_context, id, touched);
}

EditActorCommand::EditActorCommand(EditContext &context, Actor before, Actor after)
    : m_context(context)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(QCoreApplication::translate("detente::EditCommands", "Edit “%1”").arg(m_after.name));
}

void EditActorCommand::redo()
{
    if (!m_written)
        report(m_context, m_context.store->updateActor(m_before.id, m_after));
    m_written = false;
    notify(m_context, 0, {});
}

void EditActorCommand::undo()
{
    report(m_context, m_context.store->updateActor(m_before.id, m_before));
    notify(m_context, 0, {});
}

} // namespace detente

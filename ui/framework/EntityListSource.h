#pragma once

#include "framework/EntityTableModel.h"
#include "register/EntityService.h"

namespace Custodian::Ui {

// A ListSource over one register service: the section gives its columns, how an item becomes a
// row, and (optionally) what to read of other items before rows are built (names, "used by"
// counts), once per readAll() or readOne().
template<class T> class EntityListSource : public ListSource
{
public:
    using Build = std::function<ListRow(const T &item)>;
    using Prepare = std::function<Status()>;

    // summaries: the list shows the items' own fields only, so their child lists are not read.
    EntityListSource(Register::EntityService<T> &service, QList<ListColumn> columns, Build build,
                     bool summaries = false)
        : m_service(service), m_columns(std::move(columns)), m_build(std::move(build)), m_summaries(summaries)
    {}

    void setPrepare(Prepare prepare) { m_prepare = std::move(prepare); }
    void setShownKinds(QList<Domain::EntityKind> kinds) { m_shownKinds = std::move(kinds); }

    Domain::EntityKind kind() const override { return T::spec().kind; }
    QList<ListColumn> columns() const override { return m_columns; }
    QList<Domain::EntityKind> shownKinds() const override { return m_shownKinds; }

    Status readAll(QList<ListRow> *rows) override
    {
        Status status = m_prepare ? m_prepare() : Status::ok();
        QList<T> items;
        if (status)
            status = m_summaries ? m_service.listSummaries(&items) : m_service.list(&items);
        if (!status)
            return status;
        rows->clear();
        rows->reserve(items.size());
        for (const T &item : std::as_const(items))
            rows->append(m_build(item));
        return status;
    }

    Status readOne(const QString &uuid, std::optional<ListRow> *row) override
    {
        Status status = m_prepare ? m_prepare() : Status::ok();
        if (!status)
            return status;
        T item;
        status = m_service.load(uuid, &item);
        if (status.code() == Status::Code::NotFound) {
            row->reset();
            return Status::ok();
        }
        if (status)
            *row = m_build(item);
        return status;
    }

private:
    Register::EntityService<T> &m_service;
    QList<ListColumn> m_columns;
    Build m_build;
    bool m_summaries = false;
    Prepare m_prepare;
    QList<Domain::EntityKind> m_shownKinds;
};

} // namespace Custodian::Ui

#include "sections/requests/RequestsPage.h"

#include "framework/Confirm.h"
#include "framework/EntityTableModel.h"
#include "framework/ListFilterBar.h"
#include "framework/ListFilterProxy.h"
#include "framework/RegisterContext.h"
#include "framework/Roles.h"
#include "register/Services.h"
#include "sections/requests/RequestEditor.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLocale>
#include <QMessageBox>

namespace Custodian::Ui {

using Domain::RequestCase;

// The cases the list shows: the open ones, and the closed ones only when asked for. Read as list
// items (the columns and the rights), never as whole cases.
class RequestListSource : public ListSource
{
public:
    using Build = std::function<ListRow(const Register::RequestListItem &)>;
    RequestListSource(Register::RequestService &service, QList<ListColumn> columns, Build build)
        : m_service(service), m_columns(std::move(columns)), m_build(std::move(build))
    {}

    void setIncludeClosed(bool include) { m_includeClosed = include; }
    bool includesClosed() const { return m_includeClosed; }

    Domain::EntityKind kind() const override { return Domain::EntityKind::RequestCase; }
    QList<ListColumn> columns() const override { return m_columns; }
    Status readAll(QList<ListRow> *rows) override
    {
        QList<Register::RequestListItem> items;
        const Status status = m_service.listItems(m_includeClosed, &items);
        if (!status)
            return status;
        rows->clear();
        rows->reserve(items.size());
        for (const Register::RequestListItem &item : std::as_const(items))
            rows->append(m_build(item));
        return status;
    }
    Status readOne(const QString &uuid, std::optional<ListRow> *row) override
    {
        std::optional<Register::RequestListItem> item;
        const Status status = m_service.listItem(uuid, &item);
        if (status && item && (m_includeClosed || !item->isClosed()))
            *row = m_build(*item);
        else
            row->reset();
        return status;
    }

private:
    Register::RequestService &m_service;
    QList<ListColumn> m_columns;
    Build m_build;
    bool m_includeClosed = false;
};

RequestsPage::RequestsPage(RegisterContext *context, QWidget *parent) : SectionPage(context, parent)
{
    setObjectName(QStringLiteral("requestsPage"));
    m_editor = new RequestEditor(context, this);
    const QList<ListColumn> columns = {
        {[] { return tr("Case"); }, {}},
        {[] { return tr("Act by"); },
         [] { return tr("The last day to answer, with the register's margin before the statutory deadline"); }},
        {[] { return tr("Status"); }, {}},
        {[] { return tr("Requester"); }, {}, ListColumn::Width::Long},
        {[] { return tr("Rights"); }, {}, ListColumn::Width::Short, true},
        {[] { return tr("Received"); }, {}, ListColumn::Width::Short, true},
    };
    auto source = std::make_unique<RequestListSource>(
        context->requests(), columns, [this](const Register::RequestListItem &request) { return row(request); });
    m_source = source.get();
    Options options;
    options.statusKind = Domain::Codes::Kind::RequestStatus;
    options.sortColumn = ActByColumn;
    options.splitterSizes = {5000, 6000};
    setupSection(new EntityTableModel(context, std::move(source), this), m_editor, options);
    // The right and the deadline window filter in the list's own proxy: a second proxy in front
    // of it would ask every row through two models on every keystroke.
    m_caseProxy = proxy();

    m_rightCombo = new QComboBox(filterBar());
    m_rightCombo->setObjectName(QStringLiteral("rightFilterCombo"));
    // A long right ("Objection (Art. 21)" in Dutch) does not widen the list pane.
    m_rightCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rightCombo->setMinimumContentsLength(14);
    filterBar()->addWidget(m_rightCombo);
    connect(m_rightCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_caseProxy->setValueFilter(TagsRole, m_rightCombo->currentData().toString());
        afterReload();
    });
    m_windowCombo = new QComboBox(filterBar());
    m_windowCombo->setObjectName(QStringLiteral("deadlineFilterCombo"));
    m_windowCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_windowCombo->setMinimumContentsLength(14);
    filterBar()->addWidget(m_windowCombo);
    connect(m_windowCombo, &QComboBox::currentIndexChanged, this, [this] {
        applyWindow();
        afterReload();
    });
    m_closedCheck = new QCheckBox(filterBar());
    m_closedCheck->setObjectName(QStringLiteral("closedCheck"));
    filterBar()->addWidget(m_closedCheck);
    connect(m_closedCheck, &QCheckBox::toggled, this, &RequestsPage::updateClosedShown);
    // A closed status chosen in the status filter needs the closed cases read.
    if (auto *statusCombo = filterBar()->findChild<QComboBox *>(QStringLiteral("statusCombo")))
        connect(statusCombo, &QComboBox::currentIndexChanged, this, &RequestsPage::updateClosedShown);
    retranslateSection();
    reload();
}

QString RequestsPage::entityCode() const
{
    return QStringLiteral("request");
}

QString RequestsPage::title() const
{
    return tr("Requests");
}

void RequestsPage::applyWindow()
{
    // Counted from today each time: a list left open over midnight moves its window along.
    const QVariant days = m_windowCombo->currentData();
    m_caseProxy->setDateLimit(ActByColumn, days.isValid() ? context()->today().addDays(days.toInt()) : QDate());
}

void RequestsPage::updateClosedShown()
{
    const auto *statusCombo = filterBar()->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    const bool closedStatus = statusCombo && RequestCase::isClosedStatus(statusCombo->currentData().toString());
    const bool include = m_closedCheck->isChecked() || closedStatus;
    if (include == m_source->includesClosed())
        return;
    m_source->setIncludeClosed(include);
    reload();
}

ListRow RequestsPage::row(const Register::RequestListItem &request) const
{
    const QLocale locale;
    const QDate today = context()->today();
    ListRow row;
    row.uuid = request.uuid;
    row.name = request.number;
    row.status = request.status;
    row.tags = request.rights;
    ListCell requester;
    if (request.purged) {
        requester.text = tr("(erased)");
        requester.toolTip = tr("The requester's details were erased after the case closed.");
    } else {
        requester.text = request.requesterName;
        if (!request.representativeName.isEmpty())
            requester.text =
                tr("%1 for %2", "representative for requester").arg(request.representativeName, request.requesterName);
        requester.toolTip = request.requesterContact;
        row.searchExtra << request.requesterContact.simplified() << request.representativeName;
    }

    QStringList rights;
    for (const QString &right : row.tags)
        rights.append(Domain::Codes::label(Domain::Codes::Kind::RequestRight, right));

    ListCell actBy;
    const QString day = request.actBy.isValid() ? locale.toString(request.actBy, fourDigitYearFormat()) : QString();
    if (request.isClosed()) {
        const QDate answered = request.responseOn.isValid() ? request.responseOn : request.closedOn;
        actBy.text =
            answered.isValid() ? tr("closed %1").arg(locale.toString(answered, fourDigitYearFormat())) : tr("closed");
        // Closed cases after every open one.
        actBy.sortKey = QDate(9999, 12, 31);
    } else if (request.actBy.isValid()) {
        const qint64 left = today.daysTo(request.actBy);
        actBy.sortKey = request.actBy;
        if (left < 0) {
            actBy.text = tr("%1 — overdue by %n day(s)", nullptr, int(-left)).arg(day);
            actBy.urgency = DueDate::Urgency::Overdue;
        } else if (left == 0) {
            actBy.text = tr("%1 — today").arg(day);
            actBy.urgency = DueDate::Urgency::ThisWeek;
        } else {
            actBy.text = tr("%1 — %n day(s) left", nullptr, int(left)).arg(day);
            actBy.urgency = left <= 7 ? DueDate::Urgency::ThisWeek : DueDate::Urgency::Later;
        }
        actBy.toolTip = tr("Statutory deadline: %1").arg(locale.toString(request.dueOn, fourDigitYearFormat()));
        row.due = left <= 7;
    }
    row.cells.append({request.number, request.number, {}});
    row.cells.append(actBy);
    ListCell status{Domain::Codes::label(Domain::Codes::Kind::RequestStatus, request.status), {}, {}};
    if (request.objectionPending) {
        //: a request's status in the list, with an objection under the Awb (bezwaar) not yet decided
        status.text = tr("%1; objection pending").arg(status.text);
        status.toolTip = tr("An objection (bezwaar) against the decision was received and is not decided yet.");
    }
    row.cells.append(status);
    row.cells.append(requester);
    row.cells.append({rights.join(QStringLiteral(", ")), {}, rights.join(QLatin1Char('\n'))});
    ListCell received;
    received.sortKey = request.receivedOn;
    received.text =
        request.receivedOn.isValid() ? locale.toString(request.receivedOn, fourDigitYearFormat()) : QString();
    row.cells.append(received);
    return row;
}

void RequestsPage::retireItem(const QString &uuid)
{
    if (m_editor->currentUuid() == uuid && !confirmLeave())
        return;
    RequestCase request;
    Status status = context()->requests().load(uuid, &request);
    if (status) {
        if (!confirmAction(this, tr("Delete request"),
                           tr("Delete case %1 from the register? Do this only for a case logged by mistake: a "
                              "request that was handled belongs in the register, and its number is not given "
                              "again. The history keeps a record that it existed.")
                               .arg(request.number),
                           tr("Delete"), true))
            return;
        status = context()->requests().remove(uuid);
        if (status && m_editor->currentUuid() == uuid)
            m_editor->load(QString());
    }
    if (!status)
        QMessageBox::warning(this, tr("Requests"), status.message());
}

void RequestsPage::retranslateSection()
{
    setTexts(tr("No requests yet. When someone asks to see, correct or erase their data, log it here the same "
                "day: choose “New request”. The month to answer starts when the request arrives."),
             tr("&New request"), tr("&Delete…"));
    {
        const QSignalBlocker blocker(m_rightCombo);
        const QString current = m_rightCombo->currentData().toString();
        m_rightCombo->clear();
        m_rightCombo->addItem(tr("Every right"), QString());
        for (const QString &code : Domain::Codes::codes(Domain::Codes::Kind::RequestRight))
            m_rightCombo->addItem(Domain::Codes::label(Domain::Codes::Kind::RequestRight, code), code);
        m_rightCombo->setCurrentIndex(qMax(0, m_rightCombo->findData(current)));
        m_rightCombo->setAccessibleName(tr("Right filter"));
    }
    {
        const QSignalBlocker blocker(m_windowCombo);
        const int current = m_windowCombo->currentIndex();
        m_windowCombo->clear();
        m_windowCombo->addItem(tr("Any deadline"));
        m_windowCombo->addItem(tr("Overdue"), -1);
        m_windowCombo->addItem(tr("Act within 7 days"), 7);
        m_windowCombo->addItem(tr("Act within 14 days"), 14);
        m_windowCombo->addItem(tr("Act within 30 days"), 30);
        m_windowCombo->setCurrentIndex(qMax(0, current));
        m_windowCombo->setAccessibleName(tr("Deadline filter"));
    }
    m_closedCheck->setText(tr("Closed cases too"));
    m_closedCheck->setToolTip(tr("Also list the answered, refused and withdrawn cases."));
}

} // namespace Custodian::Ui

#pragma once

#include "Status.h"
#include "framework/SectionPage.h"
#include "sections/catalogues/PartyUsedByList.h"

namespace Custodian::Ui {

class MeasureEditor;
class MeasureTableModel;
class PartyFilterRow;

// The Measures section: the technical and organisational measures of Art. 32, described once and
// linked from activities and agreements; retired measures hidden unless asked for.
class MeasuresPage : public SectionPage
{
    Q_OBJECT
public:
    explicit MeasuresPage(RegisterContext *context, QWidget *parent = nullptr);

    QString entityCode() const override { return QStringLiteral("security_measure"); }
    QString title() const override;
    void reload() override;

    // Retires (or restores) a measure without asking; the retire button asks first.
    Status setRetired(const QString &uuid, bool retired);
    // Deletes a measure nothing applies, without asking.
    Status removeMeasure(const QString &uuid);

    MeasureTableModel *model() const { return m_model; }
    MeasureEditor *measureEditor() const { return m_editor; }
    const PartyUsedByList::Index &usage() const { return m_usage; }

protected:
    void retireItem(const QString &uuid) override;
    void retranslateSection() override;

private:
    void updateTexts();

    MeasureTableModel *m_model = nullptr;
    MeasureEditor *m_editor = nullptr;
    PartyFilterRow *m_filterRow = nullptr;
    PartyUsedByList::Index m_usage;
    QString m_loadError;
};

} // namespace Custodian::Ui

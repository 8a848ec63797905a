#include "exchange/ExportFile.h"

#include "DocumentLanguage.h"
#include "exchange/RegisterJson.h"
#include "exchange/Tabular.h"
#include "exchange/Xlsx.h"
#include "storage/HistoryChain.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace Custodian::Exchange {

namespace {

// The title in a workbook's properties, in the export's language.
constexpr const char *WorkbookTitle = QT_TRANSLATE_NOOP("Custodian::Exchange::ExportFile", "Register export");

bool isCsvFolder(const ExportRequest &request)
{
    return request.format == ExportRequest::Format::Csv &&
           !request.path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) &&
           !request.path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

} // namespace

bool ExportFile::isFree(const ExportRequest &request)
{
    const QFileInfo info(request.path);
    if (!info.exists())
        return true;
    return isCsvFolder(request) && info.isDir() && QDir(request.path).isEmpty();
}

Status ExportFile::write(Storage::Store &store, const ExportRequest &request, Storage::HistoryHead *state,
                         QStringList *warnings, const Progress &progress)
{
    if (!isFree(request))
        return Status::error(Status::Code::InvalidInput,
                             tr("The file %1 already exists; Custodian does not overwrite files.")
                                 .arg(QDir::toNativeSeparators(request.path)));
    if (request.format == ExportRequest::Format::Json) {
        const QString failed = tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(request.path));
        QSaveFile file(request.path);
        if (!file.open(QIODevice::WriteOnly))
            return Status::error(Status::Code::IoError, failed, file.errorString());
        // The export holds the register's personal data in plain text: readable by its owner only.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const Status status = RegisterJson::exportRegister(store, &file, state, progress);
        if (!status) {
            file.cancelWriting();
            return status.code() == Status::Code::IoError ? Status::error(status.code(), failed, status.detail())
                                                          : status;
        }
        if (!file.commit())
            return Status::error(Status::Code::IoError, failed, file.errorString());
        return Status::ok();
    }
    const DocumentLanguage language(request.language);
    QList<Table> tables;
    const Status status = Tabular::exportTables(store, request.layout, language, &tables, state, progress);
    if (!status)
        return status;
    if (request.format == ExportRequest::Format::Csv)
        return Tabular::writeCsv(tables, request.path, request.separator);
    return Xlsx::write(tables, request.path, language.translate("Custodian::Exchange::ExportFile", WorkbookTitle),
                       warnings);
}

} // namespace Custodian::Exchange

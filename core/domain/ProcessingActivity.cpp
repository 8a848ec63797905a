#include "ProcessingActivity.h"

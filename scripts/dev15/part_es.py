from common import *  # part es: written blind

# ---------------------------------------------------------------- solicitudes
add("es-01-que-teneis", "pablito_2004@correo-rapido.example", "datos",
    "hola q datos teneis mios?? estuve en el campus de verano de baloncesto en 2019 y 2020\n",
    R(["Access"], "pablito_2004@correo-rapido.example"))

add("es-02-supresion-formal", "Javier Ruiz de la Torre <javier.ruizdelatorre@bufete-mail.example>",
    "Ejercicio del derecho de supresión",
    "Muy señores míos:\n\n"
    "Quien suscribe, D. Javier Ruiz de la Torre, con DNI 00000000T, antiguo federado en la sección de "
    "natación hasta la temporada 2022-2023, al amparo del artículo 17 del Reglamento (UE) 2016/679 y del "
    "artículo 15 de la Ley Orgánica 3/2018 (LOPDGDD), SOLICITA la supresión de todos sus datos personales "
    "que obren en sus ficheros, incluidas las clasificaciones publicadas en su página web.\n\n"
    "Ruego me comuniquen por escrito la efectiva supresión en el plazo legalmente establecido.\n\n"
    "Atentamente,\nJavier Ruiz de la Torre\n",
    R(["Erasure"], "javier.ruizdelatorre@bufete-mail.example", "Javier", "Ruiz de la Torre"))

add("es-03-baja-publicidad", "María José García Fernández <mjgarciafdez@telemail.example>",
    "Baja de publicidad campamentos",
    "Buenas tardes:\n\nOs pido por favor que dejéis de mandarme correos y folletos de los campamentos "
    "de verano. Mis hijos ya son mayores y no me interesa. Quitadme de la lista de envíos.\n\n"
    "Un saludo,\nMaría José García\n\nEnviado desde mi iPhone\n",
    R(["Opposition"], "mjgarciafdez@telemail.example", "María José", "García Fernández"))

add("es-04-segundo-apellido", "Lucía Martín-Serrano Gómez <lucia.msgomez@mimail.example>",
    "Error en mi nombre en la licencia",
    "Hola,\n\nEn mi licencia de entrenadora y en el listado de técnicos de la web aparezco como "
    "'Lucía Martín Gómez'. Mi primer apellido es compuesto: Martín-Serrano. ¿Podéis corregirlo? "
    "También ha cambiado mi móvil: 600 000 111.\n\nGracias,\nLucía Martín-Serrano Gómez\n",
    R(["Rectification"], "lucia.msgomez@mimail.example", "Lucía", "Martín-Serrano Gómez"))

add("es-05-portabilidad", "Alejandro Núñez Ortega <alex.nunez@deporte-mail.example>",
    "Llevarme mi historial a otro club",
    "Buenas,\n\nMe cambio a un club de otra federación autonómica. ¿Me podéis pasar mi historial "
    "(licencias, resultados, marcas, cursos de árbitro) en un formato que se pueda importar, tipo CSV o "
    "XML? Si podéis mandarlo directamente a su secretaría mejor.\n\nGracias\nÁlex Núñez\n",
    R(["Portability"], "alex.nunez@deporte-mail.example", "Alejandro", "Núñez Ortega"))

add("es-06-cesion-datos", "Núria Puig i Ferrer <nuria.puig@catmail.example>",
    "Consulta sobre cesión de datos",
    "Bon dia / Buenos días,\n\nAl inscribir a mis hijos en la escuela de vela me piden autorizar la "
    "cesión de datos a la federación autonómica y a la aseguradora. ¿Qué datos concretamente se ceden, "
    "para qué, y cuánto tiempo los guardan ellos? ¿Salen de la UE?\n\nGràcies,\nNúria Puig i Ferrer\n",
    R(["Information"], "nuria.puig@catmail.example", "Núria", "Puig i Ferrer"))

add("es-07-fotos-hija", "Carmen de los Ríos Vidal <carmen.delosrios@hogar-mail.example>",
    "Fotos de mi hija en Instagram",
    "Hola,\n\nSoy la madre de Alba Sánchez de los Ríos, de 10 años, del equipo alevín de gimnasia rítmica. "
    "Retiro el consentimiento que di para publicar su imagen. Quiero que borréis las fotos y vídeos en "
    "los que sale en Instagram y en la web, y que no publiquéis más.\n\n"
    "Carmen de los Ríos Vidal\n",
    R(["Erasure", "Opposition"], "carmen.delosrios@hogar-mail.example", "Alba", "Sánchez de los Ríos",
      representative="Carmen de los Ríos Vidal"))

add("es-08-categoria-peso", "Sergio Domínguez Ramos <sergio.dominguez@karate-mail.example>",
    "Datos incorrectos en mi ficha - limitación",
    "Buenas,\n\nEn mi ficha de competidor figura un peso de 84 kg cuando en el último pesaje oficial di "
    "79,6 kg. He presentado la reclamación al comité de árbitros. Mientras lo comprueban, solicito que "
    "limitéis el uso de ese dato: que no se use para los sorteos ni se envíe a otros clubes. No quiero "
    "que se borre mi ficha, pero sí que, una vez comprobado, se corrija el peso con el del pesaje oficial.\n\nSergio Domínguez Ramos\n",
    R(["Restriction", "Rectification"], "sergio.dominguez@karate-mail.example", "Sergio", "Domínguez Ramos"))

add("es-09-beca-automatica", "Rocío Jiménez Castro <rocio.jimenez@correo-familia.example>",
    "Denegación automática de la beca",
    "Hola,\n\nSolicité la beca para el campamento de verano por ingresos familiares. La plataforma me la "
    "denegó al instante con el mensaje 'puntuación insuficiente'. Nadie ha mirado la documentación que "
    "adjunté (estoy en ERTE desde marzo). Pido que una persona revise mi solicitud y que me expliquen cómo "
    "se ha calculado esa puntuación.\n\nRocío Jiménez Castro\n",
    R(["AutomatedDecision"], "rocio.jimenez@correo-familia.example", "Rocío", "Jiménez Castro"))

add("es-10-html-acceso-rectif", "Diego Herrera Molina <diego.herrera@webcorreo.example>",
    "Mis datos",
    html("Buenos días:",
         "Quisiera recibir una copia de todos los datos personales que tenéis sobre mí como socio del club "
         "de pádel.",
         "Además, la dirección que tenéis es antigua; la correcta es <b>C/ Olivo 12, 3ºB, 41010 Sevilla</b>. "
         "Por favor, actualizadla.",
         "Saludos,<br>Diego Herrera Molina"),
    R(["Access", "Rectification"], "diego.herrera@webcorreo.example", "Diego", "Herrera Molina"), ct=HTML)

add("es-11-campamento-queja", "Francisco Morales Peña <paco.morales@correo-sur.example>",
    "QUEJA campamento de Sierra Nevada",
    "Estimados señores:\n\n"
    "Les escribo muy indignado. Mi hijo fue al campamento de Sierra Nevada en julio y volvió con una "
    "intoxicación alimentaria, igual que otros seis niños. Nadie nos avisó hasta que le recogimos. Cuando "
    "llamé a sus oficinas me trataron con prepotencia y me colgaron dos veces. La coordinadora me dijo que "
    "'ya constaba en el sistema' que yo era un padre conflictivo.\n\n"
    "Quiero saber qué consta exactamente en ese sistema sobre mí: todas las anotaciones, correos, y las "
    "grabaciones de mis llamadas si las hay. Les pido copia de todo ello.\n\n"
    "Además, he presentado una hoja de reclamaciones en consumo y estoy valorando acudir a la vía "
    "judicial por lo de mi hijo.\n\nFrancisco Morales Peña\n",
    R(["Access"], "paco.morales@correo-sur.example", "Francisco", "Morales Peña"))

add("es-12-reenvio-inline", "Marta Vidal <marta.vidal@acme-corp.example>", "RV: baja total",
    "Hola equipo de privacidad, os reenvío esto que llegó a atención al socio.\nMarta\n\n"
    "---------- Mensaje reenviado ---------\n"
    "De: Ignacio Fuentes Blanco <nacho.fuentes@correo-norte.example>\n"
    "Fecha: sáb, 14 nov 2026 a las 11:23\n"
    "Asunto: baja total\n"
    "Para: socios@acme-corp.example\n\n"
    "Buenos días, ya no soy socio. Quiero que eliminéis todos mis datos, incluida la cuenta bancaria y "
    "la foto del carnet. Gracias.\nIgnacio Fuentes Blanco\n",
    R(["Erasure"], "nacho.fuentes@correo-norte.example", "Ignacio", "Fuentes Blanco"))

add("es-13-reenvio-adjunto", "Raúl Ortega <raul.ortega@acme-corp.example>", "RV: SMS", "",
    R(["Opposition"], "pilar.navarro@movilmail.example", "Pilar", "Navarro Soler"),
    note="Os paso esta queja de una señora, creo que os toca a vosotros.\nRaúl - Comunicación",
    attached=("Pilar Navarro Soler <pilar.navarro@movilmail.example>", "SMS",
              "Hola, recibo SMS vuestros casi todos los días con ofertas de torneos y campus. No quiero "
              "recibir más publicidad por ningún medio.\nPilar Navarro Soler\n"))

add("es-14-calendario", "juanma.lopez@correo-rapido.example", "calendario partidos",
    "Hola cuando sale el calendario de la liga infantil de futbol sala?? gracias\n",
    R(["Unknown"], "juanma.lopez@correo-rapido.example"))

add("es-15-mexico-latin1", "Guadalupe Treviño Saldaña <lupita.trevino@correo-mx.example>",
    "Eliminación de mis datos personales",
    "Buen día,\n\nLes escribo desde Monterrey. El año pasado inscribí a mi sobrino a un torneo en España "
    "y tuve que registrarme en su plataforma. Ya no voy a utilizarla, por lo que les solicito de la "
    "manera más atenta que eliminen mi cuenta y mis datos personales.\n\nQuedo atenta a su respuesta.\n\n"
    "Guadalupe Treviño Saldaña\n",
    R(["Erasure"], "lupita.trevino@correo-mx.example", "Guadalupe", "Treviño Saldaña"),
    ct=LATIN1, encode="latin-1")

add("es-16-familia-replyto", "Familia Castillo Roldán <familia.castillo@casa-mail.example>",
    "Solicitud de mis datos",
    "Hola,\n\nSoy Andrés Castillo, entrenador voluntario del equipo benjamín. Me gustaría saber qué "
    "información mía guardáis (ficha de voluntario, certificado de delitos sexuales, formación) y recibir "
    "una copia. Además mi DNI está mal en la ficha (falta la letra final). Contestadme a mi correo "
    "personal, por favor.\n\nAndrés Castillo Roldán\n",
    R(["Access", "Rectification"], "andres.castillo@personal-mail.example", "Andrés", "Castillo Roldán"),
    headers=["Reply-To: Andrés Castillo <andres.castillo@personal-mail.example>"])

add("es-17-de-donde", "Beatriz Serrano Luque <bea.serrano@correo-centro.example>",
    "¿De dónde habéis sacado mi correo?",
    "Hola:\n\nNo os pido que borréis nada, solo quiero saber de dónde habéis sacado mi dirección de "
    "correo, porque nunca me he apuntado a nada vuestro y me llegó una invitación a la gala de "
    "premios juveniles.\n\nBeatriz\n",
    R(["Information"], "bea.serrano@correo-centro.example", "Beatriz", "Serrano Luque"))

add("es-18-mayusculas", "ANTONIO GIL <antoniogil55@correo-rapido.example>", "NO ME LLAMEN MAS",
    "LLEVAN TRES SEMANAS LLAMANDOME PARA QUE APUNTE A MIS NIETOS AL CAMPUS DE NAVIDAD. NO QUIERO MAS "
    "LLAMADAS NI MENSAJES. BORREN MI TELEFONO DE SU BASE DE DATOS\n",
    R(["Opposition", "Erasure"], "antoniogil55@correo-rapido.example", "Antonio", "Gil"))

add("es-19-abogada", "Elena Valverde Arias <evalverde@valverde-abogados.example>",
    "Solicitud en nombre de mi cliente D. Óscar Prieto Lara",
    "Estimados señores:\n\n"
    "Actúo en nombre y representación de D. Óscar Prieto Lara, árbitro de balonmano, según poder que se "
    "adjunta. Mi representado ha detectado que en su base de datos de árbitros figura una sanción que "
    "fue anulada por resolución del comité de apelación de 3 de septiembre de 2026.\n\n"
    "Por la presente solicito la rectificación de dicho dato, haciendo constar la anulación, y que me "
    "remitan confirmación a este despacho.\n\n"
    "Atentamente,\n\nElena Valverde Arias\nAbogada - Colegiada n.º 00000\nValverde Abogados\n\n"
    "AVISO LEGAL: Este mensaje es confidencial y se dirige exclusivamente a su destinatario.\n",
    R(["Rectification"], "evalverde@valverde-abogados.example", "Óscar", "Prieto Lara",
      representative="Elena Valverde Arias"))

# ---------------------------------------------------------------- tareas
add("es-20-contrato-encargado", "Laura Cano <laura.cano@acme-corp.example>",
    "Contrato de encargado - nueva app de inscripciones",
    "Hola,\n\nVamos a contratar una app para gestionar las inscripciones de las escuelas deportivas. Nos "
    "han mandado su contrato de encargado del tratamiento. ¿Lo podéis revisar antes del día 30?\n\n"
    "Gracias\nLaura Cano\nDirección de Escuelas Deportivas\n",
    TASK("laura.cano@acme-corp.example", "Laura", "Cano"))

add("es-21-eipd-acceso", "Jorge Iglesias <jorge.iglesias@acme-corp.example>",
    "EIPD control de acceso polideportivo",
    "Buenas,\n\nInstalaciones propone poner control de acceso con reconocimiento facial en el "
    "polideportivo para socios (incluidos menores). Entiendo que habría que hacer una evaluación de "
    "impacto antes de decidir nada. ¿Podéis encargaros o decirme cómo empezamos?\n\nJorge\n",
    TASK("jorge.iglesias@acme-corp.example", "Jorge", "Iglesias"))

add("es-22-registro-actividades", "Silvia Romero <silvia.romero@acme-corp.example>",
    "Alta en el registro de actividades - campus de tecnificación",
    "Hola,\n\nEste año arrancamos un campus de tecnificación con pruebas físicas y seguimiento "
    "nutricional. ¿Podéis darlo de alta en el registro de actividades de tratamiento y revisar la "
    "cláusula informativa del formulario?\n\nSilvia Romero\n",
    TASK("silvia.romero@acme-corp.example", "Silvia", "Romero"))

# ---------------------------------------------------------------- incidentes
add("es-23-correo-equivocado", "Pedro Sanz <pedro.sanz@acme-corp.example>", "He enviado datos a quien no era",
    "Hola,\n\nEsta mañana he mandado el listado de alumnos del campus de Semana Santa, con alergias y "
    "tratamientos médicos, a una dirección equivocada (un proveedor de autobuses en vez de a la "
    "enfermera del campus). Ya les he pedido que lo borren pero no han contestado.\n\nPedro\n",
    INC("pedro.sanz@acme-corp.example", "Pedro", "Sanz"))

add("es-24-dni-web", "Cristina Vega Moreno <cristina.vega@correo-este.example>",
    "En vuestra web se ven los DNI de los niños",
    "Hola,\n\nEstaba mirando la clasificación del cross escolar en vuestra web y al descargar el PDF "
    "aparecen los DNI, fechas de nacimiento y colegios de todos los niños participantes, incluidos los "
    "de otras familias. Creo que eso no debería estar público.\n\nCristina Vega\n",
    INC("cristina.vega@correo-este.example", "Cristina", "Vega Moreno"))

add("es-25-mochila-robada", "Adrián Prieto <adrian.prieto@acme-corp.example>",
    "Robo de mochila con fichas del campamento",
    "Os aviso: ayer en la estación de Atocha me robaron la mochila con la carpeta de fichas médicas y "
    "autorizaciones de los 35 niños del turno 2 del campamento (papel). He puesto la denuncia.\n\n"
    "Adrián Prieto, monitor coordinador\n\nEnviado desde mi Android\n",
    INC("adrian.prieto@acme-corp.example", "Adrián", "Prieto"))

# ---------------------------------------------------------------- seguimientos
add("es-26-seguimiento-tag", "Montserrat Ferrer <montse.ferrer@correo-bcn.example>",
    "RE: [DSR-60311] Hemos recibido su solicitud",
    "Hola, ¿hay alguna novedad? Ha pasado más de un mes.\n\nMontse\n\n"
    "El 2 oct 2026, privacy@acme-corp.example escribió:\n"
    "> Hemos registrado su solicitud con la referencia DSR-60311.\n"
    "> Le responderemos en el plazo de un mes.\n",
    FU("60311", "montse.ferrer@correo-bcn.example", "Montserrat", "Ferrer"))

add("es-27-seguimiento-supresion", "Javier Ruiz de la Torre <javier.ruizdelatorre@bufete-mail.example>",
    "RE: Ejercicio del derecho de supresión",
    "Muy señores míos:\n\nAdjunto copia del DNI que me solicitan para acreditar mi identidad.\n\n"
    "Atentamente,\nJavier Ruiz de la Torre\n",
    FU(ref("es-02-supresion-formal"), "javier.ruizdelatorre@bufete-mail.example", "Javier", "Ruiz de la Torre"),
    headers=irt("es-02-supresion-formal"))

# ---------------------------------------------------------------- ignorar
add("es-28-spam-loteria", "Loteria Internacional <premios@loteria-premiada.example>",
    "¡ENHORABUENA! Ha ganado 950.000 EUR",
    "Estimado ganador:\n\nSu dirección de correo ha resultado premiada en nuestro sorteo internacional. "
    "Para liberar el premio envíe su nombre completo, DNI y una tasa de gestión de 180 EUR. Sus datos "
    "personales serán tratados con total confidencialidad y eliminados tras el pago.\n",
    IGN("spam", "premios@loteria-premiada.example"), headers=SPAM_HDR)

add("es-29-spam-curso", "Formación Bonificada <info@cursos-rgpd-gratis.example>",
    "Curso de Protección de Datos 100% bonificado para su club",
    "Hola,\n\n¿Sabía que su entidad puede formar gratis a sus empleados en RGPD y LOPDGDD? Curso "
    "online, certificado incluido. Responda SÍ y le llamamos.\n\nSi no desea recibir más correos, "
    "responda BAJA.\n",
    IGN("spam", "info@cursos-rgpd-gratis.example"))

add("es-30-respuesta-auto", "Soporte Ayuntamiento <soporte@ayto-ejemplo.example>",
    "Respuesta automática: Consulta instalaciones",
    "Gracias por contactar con el Servicio Municipal de Deportes. Su consulta ha sido registrada con el "
    "número de incidencia 2026-88412. Le responderemos lo antes posible.\n\nEste es un mensaje automático, "
    "por favor no responda.\n",
    IGN("auto_reply", "soporte@ayto-ejemplo.example"),
    headers=["Auto-Submitted: auto-generated"])

add("es-31-rebote", "Mail Delivery System <MAILER-DAEMON@acme-corp.example>",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@acme-corp.example"), dsn=True)
